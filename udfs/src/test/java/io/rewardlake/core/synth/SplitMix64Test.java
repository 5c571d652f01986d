package io.rewardlake.core.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

  @Test
  void matchesTheReferenceSplitMix64Sequence() {
    SplitMix64 rng = new SplitMix64(1234567L);
    assertThat(new long[] {rng.nextLong(), rng.nextLong(), rng.nextLong()})
        .containsExactly(6457827717110365317L, 3203168211198807973L, -8629252141511181193L);
  }

  @Test
  void itemStreamsDependOnSeedAndIndex() {
    assertThat(SplitMix64.forItem(42, 7).nextLong()).isEqualTo(SplitMix64.forItem(42, 7).nextLong())
        .isNotEqualTo(SplitMix64.forItem(42, 8).nextLong())
        .isNotEqualTo(SplitMix64.forItem(43, 7).nextLong());
  }

  @Test
  void drawsHaveTheIntendedRangesAndMoments() {
    SplitMix64 rng = new SplitMix64(99L);
    assertThat(IntStream.range(0, 10_000).map(i -> rng.nextInt(7))).allMatch(value -> value >= 0 && value < 7);
    double[] gaussians = IntStream.range(0, 50_000).mapToDouble(i -> rng.nextGaussian()).toArray();
    double mean = Arrays.stream(gaussians).average().orElseThrow();
    double variance = Arrays.stream(gaussians).map(x -> (x - mean) * (x - mean)).average().orElseThrow();
    assertThat(mean).isCloseTo(0.0, within(0.02));
    assertThat(variance).isCloseTo(1.0, within(0.03));
  }
}
