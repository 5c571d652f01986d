package io.rewardlake.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairMetricsTest {
  @Test
  void accuracyLogLossAndCalibrationByHand() {
    double logit = Math.log(0.83 / 0.17); // confidence 0.83, well inside one bin
    PairMetrics metrics = new PairMetrics()
        .add(logit, 1.0)       // q = 0.83, right
        .add(logit, 0.0)       // q = 0.83, wrong
        .add(-logit, 0.0)      // q = 0.17, right
        .add(0.0, 0.5);        // q = 0.5, tie: not in accuracy
    assertThat(metrics.pairs()).isEqualTo(4);
    assertThat(metrics.accuracy()).isCloseTo(2 / 3.0, within(1e-12));
    double expectedLogLoss = (-Math.log(0.83) - Math.log(0.17) - Math.log(0.83) - Math.log(0.5)) / 4;
    assertThat(metrics.logLoss()).isCloseTo(expectedLogLoss, within(1e-9));
    // confidence bin [0.80, 0.85): confidences 2.49 vs correct 2 -> 0.49; bin [0.5, 0.55): 0.5 vs 0.5 -> 0
    assertThat(metrics.expectedCalibrationError()).isCloseTo(0.49 / 4, within(1e-9));
  }

  @Test
  void mergingPartitionsEqualsOnePass() {
    PairMetrics whole = new PairMetrics();
    PairMetrics left = new PairMetrics();
    PairMetrics right = new PairMetrics();
    for (int i = 0; i < 100; i++) {
      double delta = Math.sin(i) * 3;
      double target = i % 3 == 0 ? 0.0 : 1.0;
      whole.add(delta, target);
      (i < 40 ? left : right).add(delta, target);
    }
    PairMetrics merged = left.merge(right);
    assertThat(merged.toMap("x")).hasSameSizeAs(whole.toMap("x"));
    whole.toMap("x").forEach((key, value) -> assertThat(merged.toMap("x").get(key)).isCloseTo(value, within(1e-12)));
  }

  @Test
  void overconfidentMistakesGiveLargeButFiniteLogLoss() {
    assertThat(new PairMetrics().add(-1e6, 1.0).logLoss()).isFinite().isGreaterThan(20);
  }
}
