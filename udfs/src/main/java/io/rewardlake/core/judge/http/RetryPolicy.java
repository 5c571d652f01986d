package io.rewardlake.core.judge.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.random.RandomGenerator;

/**
 * When to retry a call and how long to wait first: up to {@code maxAttempts} calls; 408, 429 and 5xx (but 501 and
 * 505, which no retry fixes), timeouts and connection failures are retried. The wait is the server's
 * {@code Retry-After} when it sends one (capped at {@link #MAX_RETRY_AFTER_MS}), otherwise exponential backoff
 * with jitter: half of {@code min(maxMs, baseMs·2^(attempt−1))} plus a random part up to the other half, so a burst
 * of throttled clients does not retry in lockstep.
 */
public record RetryPolicy(int maxAttempts, long baseMs, long maxMs) {
  /** Longest Retry-After honoured; a server asking for more is treated as asking for this much. */
  public static final long MAX_RETRY_AFTER_MS = 300_000;

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max attempts must be at least 1, got " + maxAttempts);
    }
    if (baseMs < 0 || maxMs < baseMs) {
      throw new IllegalArgumentException("need 0 <= base <= max backoff, got " + baseMs + " and " + maxMs);
    }
  }

  public boolean retryableStatus(int status) {
    return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
  }

  public boolean mayRetryAfter(int attempt) {
    return attempt < maxAttempts;
  }

  /** The wait before attempt {@code attempt + 1}; {@code retryAfterMs} is the server's wish or null. */
  public long delayMs(int attempt, Long retryAfterMs, RandomGenerator random) {
    if (retryAfterMs != null) {
      return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
    }
    long ceiling = Math.min(maxMs, baseMs << Math.min(attempt - 1, 30));
    long half = ceiling / 2;
    return half + (ceiling - half == 0 ? 0 : random.nextLong(ceiling - half + 1));
  }

  /** A {@code Retry-After} header in milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
  public static Long retryAfterMs(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    try {
      double seconds = Double.parseDouble(value);
      return seconds < 0 || Double.isNaN(seconds) ? null : (long) Math.ceil(seconds * 1000);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Math.max(0, Duration.between(now, at).toMillis());
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
