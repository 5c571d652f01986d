package io.rewardlake.core.judge;

/** A backend's successful reply and the calls it took (1 plus retries). */
public record Answer<T>(T value, int attempts) {
  public Answer {
    if (attempts < 1) {
      throw new IllegalArgumentException("an answer takes at least one attempt, got " + attempts);
    }
  }
}
