package io.rewardlake.core.judge;

import java.util.Objects;

/**
 * A backend's successful reply, the calls it took (1 plus retries; 0 when the request cache answered) and the tokens it was billed ({@link Usage#NONE}
 * for backends that do not bill, such as a local model).
 */
public record Answer<T>(T value, int attempts, Usage usage) {
  public Answer {
    Objects.requireNonNull(usage, "usage");
    if (attempts < 0 || (attempts == 0 && usage.cachedCalls() == 0)) {
      throw new IllegalArgumentException("an answer takes at least one attempt unless it came from the cache, got "
          + attempts);
    }
  }

  /** An answer that bills no tokens. */
  public Answer(T value, int attempts) {
    this(value, attempts, Usage.NONE);
  }
}
