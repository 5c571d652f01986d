package io.rewardlake.core.judge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = new RetryPolicy(5, 100, 1_000);

  @Test
  void retriesThrottlingAndServerErrorsButNotClientErrors() {
    assertThat(policy.retryableStatus(429)).isTrue();
    assertThat(policy.retryableStatus(408)).isTrue();
    assertThat(policy.retryableStatus(500)).isTrue();
    assertThat(policy.retryableStatus(503)).isTrue();
    assertThat(policy.retryableStatus(501)).isFalse();
    assertThat(policy.retryableStatus(400)).isFalse();
    assertThat(policy.retryableStatus(401)).isFalse();
    assertThat(policy.retryableStatus(404)).isFalse();
    assertThat(policy.mayRetryAfter(4)).isTrue();
    assertThat(policy.mayRetryAfter(5)).isFalse();
  }

  @Test
  void backoffDoublesWithJitterUpToTheCeiling() {
    Random random = new Random(1);
    for (int i = 0; i < 200; i++) {
      assertThat(policy.delayMs(1, null, random)).isBetween(50L, 100L);
      assertThat(policy.delayMs(2, null, random)).isBetween(100L, 200L);
      assertThat(policy.delayMs(3, null, random)).isBetween(200L, 400L);
      assertThat(policy.delayMs(10, null, random)).isBetween(500L, 1_000L);
    }
    long distinct = java.util.stream.IntStream.range(0, 50).mapToLong(i -> policy.delayMs(3, null, random))
        .distinct().count();
    assertThat(distinct).as("jittered, not lockstep").isGreaterThan(10);
  }

  @Test
  void retryAfterWinsAndIsReadAsSecondsOrAnHttpDate() {
    Instant now = Instant.parse("2026-11-22T10:00:00Z");
    assertThat(RetryPolicy.retryAfterMs("2", now)).isEqualTo(2_000L);
    assertThat(RetryPolicy.retryAfterMs("0.5", now)).isEqualTo(500L);
    assertThat(RetryPolicy.retryAfterMs("Sun, 22 Nov 2026 10:00:07 GMT", now)).isEqualTo(7_000L);
    assertThat(RetryPolicy.retryAfterMs("Sun, 22 Nov 2026 09:00:00 GMT", now)).isZero();
    assertThat(RetryPolicy.retryAfterMs("soon", now)).isNull();
    assertThat(RetryPolicy.retryAfterMs(null, now)).isNull();
    assertThat(policy.delayMs(1, 3_000L, new Random())).isEqualTo(3_000L);
    assertThat(policy.delayMs(1, 10_000_000L, new Random())).isEqualTo(RetryPolicy.MAX_RETRY_AFTER_MS);
  }

  @Test
  void invalidPoliciesAreRejected() {
    assertThatThrownBy(() -> new RetryPolicy(0, 1, 1)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> new RetryPolicy(3, 10, 5)).hasMessageContaining("base <= max");
  }
}
