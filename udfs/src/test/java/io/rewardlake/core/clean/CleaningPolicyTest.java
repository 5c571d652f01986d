package io.rewardlake.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Policy validation (messages name the field), the quantiles a policy asks for, resolution and description. */
class CleaningPolicyTest {
  private static final CleaningPolicy QUANTILES = new CleaningPolicy("secrets", "quantile policy",
      new DropRule(null, q(0.99)), new FlipRule(q(0.15), 0.7), new SmoothRule(q(0.15), q(0.4), 0.2),
      new MarginRule(q(0.4), 1, q(0.95)));

  @Test
  void quantilesAreCollectedPerStatisticDistinctAndSorted() {
    assertThat(QUANTILES.quantiles(Statistic.MEAN)).containsExactly(0.15, 0.4, 0.95);
    assertThat(QUANTILES.quantiles(Statistic.STD)).containsExactly(0.99);
    CleaningPolicy absolute = new CleaningPolicy("abs", "", null, new FlipRule(abs(-1), 0), null, null);
    assertThat(absolute.quantiles(Statistic.MEAN)).isEmpty();
    assertThat(absolute.isResolved()).isTrue();
  }

  @Test
  void resolveGivesEveryThresholdAValueAndDescribeShowsBoth() {
    QuantileTable corpus = QuantileTable.of(Statistic.MEAN, new double[] {0.15, 0.4, 0.95},
        new double[] {-0.82, 0.4, 2.1}).plus(QuantileTable.of(Statistic.STD, new double[] {0.99}, new double[] {3}));

    assertThat(QUANTILES.isResolved()).isFalse();
    CleaningPolicy resolved = QUANTILES.resolve(corpus);
    assertThat(resolved.isResolved()).isTrue();
    assertThat(resolved.id()).isEqualTo("secrets");
    assertThat(resolved.describe()).containsExactly(
        "drop when std > 3.00 (q0.99)",
        "flip when mean < -0.82 (q0.15) and at least 70% of the members prefer rejected",
        "smooth (cap, epsilon 0.2) when -0.82 (q0.15) <= mean <= 0.40 (q0.4)",
        "margin = clip(1 x mean, 0, 2.10 (q0.95)) when mean > 0.40 (q0.4)",
        "else keep");
    assertThat(QUANTILES.describe().get(1)).isEqualTo(
        "flip when mean < q0.15 and at least 70% of the members prefer rejected");
    assertThat(new CleaningPolicy("none", null, null, null, null, null).describe())
        .containsExactly("keep every pair as labelled");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of((Runnable) () -> new CleaningPolicy("bad id!", "", null, null, null, null),
            "id must be letters, digits, '.', '_' or '-'"),
        Arguments.of((Runnable) () -> new CleaningPolicy(null, "", null, null, null, null), "got nothing"),
        Arguments.of((Runnable) () -> new DropRule(null, null), "drop: give mean_below and/or std_above"),
        Arguments.of((Runnable) () -> new FlipRule(null, 0), "flip.mean_below is required"),
        Arguments.of((Runnable) () -> new FlipRule(abs(-1), 1.5),
            "flip.min_votes_against must be a share of the members in [0, 1], got 1.5"),
        Arguments.of((Runnable) () -> new SmoothRule(abs(-1), null, 0.1), "smooth.mean_between needs two thresholds"),
        Arguments.of((Runnable) () -> new SmoothRule(q(0.4), q(0.15), 0.1),
            "smooth.mean_between: the lower bound q0.4 is above the upper bound q0.15"),
        Arguments.of((Runnable) () -> new SmoothRule(abs(1), abs(-1), 0.1),
            "smooth.mean_between: the lower bound 1 is above the upper bound -1"),
        Arguments.of((Runnable) () -> new SmoothRule(abs(-1), abs(1), 0), "smooth.epsilon must be in (0, 0.5], got 0"),
        Arguments.of((Runnable) () -> new SmoothRule(abs(-1), abs(1), 0.6), "smooth.epsilon must be in (0, 0.5]"),
        Arguments.of((Runnable) () -> new MarginRule(null, 1, abs(1)), "margin.mean_above is required"),
        Arguments.of((Runnable) () -> new MarginRule(abs(0), 0, abs(1)), "margin.scale must be a positive number"),
        Arguments.of((Runnable) () -> new MarginRule(abs(0), 1, null), "margin.max is required"),
        Arguments.of((Runnable) () -> new MarginRule(abs(0), 1, abs(-1)), "margin.max must be positive, got -1.00"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidPoliciesAreRejectedNamingTheField(Runnable construct, String message) {
    assertThatThrownBy(construct::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void aCorpusThatMakesARuleMeaninglessIsReportedAtResolution() {
    CleaningPolicy mixed = new CleaningPolicy("mixed", "", null, null, new SmoothRule(q(0.5), abs(0), 0.1),
        new MarginRule(abs(0), 1, q(0.1)));
    QuantileTable corpus = QuantileTable.of(Statistic.MEAN, new double[] {0.1, 0.5}, new double[] {-3, 0.5});

    assertThatThrownBy(() -> mixed.resolve(corpus)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("smooth.mean_between resolves to an empty band [0.50 (q0.5), 0.00]");
    CleaningPolicy marginOnly = new CleaningPolicy("m", "", null, null, null, new MarginRule(abs(0), 1, q(0.1)));
    assertThatThrownBy(() -> marginOnly.resolve(corpus)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("margin.max resolves to -3.00 (q0.1); the cap of the margin must be positive");
  }

  private static Threshold q(double quantile) {
    return Threshold.quantile(quantile);
  }

  private static Threshold abs(double value) {
    return Threshold.absolute(value);
  }
}
