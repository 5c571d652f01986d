package io.rewardlake.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Bootstrap intervals and Spearman's ρ against values worked out by hand. */
class StatsTest {
  @Test
  void spearmanRanksTiesByTheirMeanRank() {
    assertThat(Spearman.ranks(new double[] {10, 20, 20, 5})).containsExactly(2, 3.5, 3.5, 1);
    // x = 1..5, y = 5,6,7,8,7 -> y ranks 1,2,3.5,5,3.5; deviations from 3: (-2,-1,0,1,2) and (-2,-1,.5,2,.5):
    // sum of products 8, sums of squares 10 and 9.5, so rho = 8 / sqrt(95) = 0.8208
    assertThat(Spearman.rho(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7}))
        .isCloseTo(8 / Math.sqrt(95), within(1e-12));
    assertThat(Spearman.rho(new double[] {1, 2, 3}, new double[] {30, 20, 10})).isEqualTo(-1.0);
    assertThat(Spearman.rho(new double[] {1, 2, 3}, new double[] {7, 7, 7})).isNaN();
  }

  @Test
  void aConstantSampleHasAZeroWidthIntervalAndADifferenceOfItselfIsZero() {
    Bootstrap bootstrap = new Bootstrap(500, 1);
    double[] ones = {1, 1, 1, 1};

    assertThat(bootstrap.mean(ones)).isEqualTo(new Interval(1, 1, 1));
    double[] mixed = {1, 0, 1, 1, 0, 1, 0, 1};
    assertThat(bootstrap.difference(mixed, mixed)).isEqualTo(new Interval(0, 0, 0));
  }

  @Test
  void theIntervalOfAMeanCoversItAndMatchesTheNormalApproximation() {
    // 600 of 1000 right: standard error sqrt(0.6 * 0.4 / 1000) = 0.0155, so the 95% interval is about +-0.030
    double[] values = new double[1000];
    for (int i = 0; i < 600; i++) {
      values[i] = 1;
    }
    Interval interval = new Bootstrap(2000, 7).mean(values);

    assertThat(interval.estimate()).isEqualTo(0.6);
    assertThat(interval.low()).isCloseTo(0.6 - 1.96 * 0.0155, within(0.006));
    assertThat(interval.high()).isCloseTo(0.6 + 1.96 * 0.0155, within(0.006));
    assertThat(new Bootstrap(2000, 7).mean(values)).as("seeded").isEqualTo(interval);
    assertThat(interval.format(3)).isEqualTo(String.format(java.util.Locale.ROOT, "0.600 [%.3f, %.3f]",
        interval.low(), interval.high()));
  }

  @Test
  void aPairedDifferenceIsNarrowerThanTheUnpairedOne() {
    // b is a with 30 of 1000 items turned from wrong to right: the paired difference is 0.03 with a tight interval
    double[] a = new double[1000];
    double[] b = new double[1000];
    for (int i = 0; i < 1000; i++) {
      a[i] = i % 2;
      b[i] = i < 60 ? 1 : a[i];
    }
    Interval paired = new Bootstrap(1000, 3).difference(b, a);

    assertThat(paired.estimate()).isCloseTo(0.03, within(1e-12));
    assertThat(paired.aboveZero()).isTrue();
    assertThat(paired.high() - paired.low()).isLessThan(0.03);
    assertThatThrownBy(() -> new Bootstrap(10, 1)).hasMessageContaining("at least 100");
    assertThat(Bootstrap.percentile(new double[] {0, 10}, 0.25)).isEqualTo(2.5);
  }
}
