package io.rewardlake.core.judge;

import java.util.Objects;

/**
 * A backend call that failed for good: retries exhausted or not worth making. The message says what failed and never
 * contains request headers (where API keys travel).
 */
public final class JudgeCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final JudgeStatus status;
  private final int attempts;

  public JudgeCallException(JudgeStatus status, String message, int attempts) {
    super(message, null, false, false);
    this.status = Objects.requireNonNull(status, "status");
    this.attempts = attempts;
  }

  public JudgeStatus status() {
    return status;
  }

  /** Calls made before giving up. */
  public int attempts() {
    return attempts;
  }
}
