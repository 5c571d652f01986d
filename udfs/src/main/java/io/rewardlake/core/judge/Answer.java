package io.rewardlake.core.judge;

import java.util.Objects;

/**
 * A backend's successful reply, the calls it took (1 plus retries) and the tokens it was billed ({@link Usage#NONE}
 * for backends that do not bill, such as a local model).
 */
public record Answer<T>(T value, int attempts, Usage usage) {
  public Answer {
    if (attempts < 1) {
      throw new IllegalArgumentException("an answer takes at least one attempt, got " + attempts);
    }
    Objects.requireNonNull(usage, "usage");
  }

  /** An answer that bills no tokens. */
  public Answer(T value, int attempts) {
    this(value, attempts, Usage.NONE);
  }
}
