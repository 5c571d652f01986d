package io.rewardlake.jobs.bench.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DenseLogisticTest {
  private static final Random RANDOM = new Random(3);

  @Test
  void theGradientMatchesFiniteDifferences() {
    float[][] x = data(40, 5);
    double[] target = new double[40];
    for (int i = 0; i < target.length; i++) {
      target[i] = RANDOM.nextDouble();
    }
    double[] w = {0.3, -0.2, 0.5, 0.1, -0.7};
    double[] gradient = DenseLogistic.gradient(x, target, 0.01, w);
    for (int j = 0; j < w.length; j++) {
      double[] up = w.clone();
      double[] down = w.clone();
      up[j] += 1e-6;
      down[j] -= 1e-6;
      double numeric = (DenseLogistic.loss(x, target, 0.01, up) - DenseLogistic.loss(x, target, 0.01, down)) / 2e-6;
      assertThat(gradient[j]).isCloseTo(numeric, within(1e-6));
    }
  }

  @Test
  void itRecoversTheDirectionThatGeneratedTheLabelsAndReachesAStationaryPoint() {
    double[] truth = {2, -1, 0, 0.5};
    float[][] x = data(2_000, 4);
    double[] target = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      target[i] = 1 / (1 + Math.exp(-DenseLogistic.dot(truth, x[i])));
    }
    double[] w = DenseLogistic.fit(x, target, 1e-4, 3_000);
    for (int j = 0; j < truth.length; j++) {
      assertThat(w[j]).isCloseTo(truth[j], within(0.05));
    }
    double[] gradient = DenseLogistic.gradient(x, target, 1e-4, w);
    assertThat(java.util.Arrays.stream(gradient).map(Math::abs).max().orElseThrow()).isLessThan(1e-5);
  }

  private static float[][] data(int n, int d) {
    float[][] x = new float[n][d];
    for (float[] row : x) {
      for (int j = 0; j < d; j++) {
        row[j] = (float) RANDOM.nextGaussian();
      }
    }
    return x;
  }
}
