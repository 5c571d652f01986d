package io.rewardlake.core.repr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** InfoNCE on batches small enough to check by hand, and its gradient against finite differences. */
class InfoNceTest {
  private static final double TOLERANCE = 1e-7;

  @Test
  void alignedViewsOfOrthogonalItemsCostLogOnePlusOneOverEEach() {
    double[][] z = {{2, 0}, {0, 3}};
    // ẑ1 · ẑ2 is 1 for the positive and 0 for the negative, so with τ = 1: −log(e / (e + 1)) = log(1 + 1/e).
    double loss = InfoNce.loss(z, z, new double[] {1, 1}, 1.0, new double[2][2], new double[2][2]);
    assertThat(loss).isCloseTo(2 * Math.log(1 + Math.exp(-1)), within(TOLERANCE));
  }

  @Test
  void swappedViewsCostLogOnePlusEAndTemperatureSharpens() {
    double[][] z1 = {{1, 0}, {0, 1}};
    double[][] z2 = {{0, 1}, {1, 0}};
    // Each item's positive now has similarity 0 and its negative 1: −log(1 / (1 + e^(1/τ))).
    assertThat(InfoNce.loss(z1, z2, new double[] {1, 1}, 1.0, new double[2][2], new double[2][2]))
        .isCloseTo(2 * Math.log(1 + Math.E), within(TOLERANCE));
    assertThat(InfoNce.loss(z1, z2, new double[] {1, 1}, 0.5, new double[2][2], new double[2][2]))
        .isCloseTo(2 * Math.log(1 + Math.exp(2)), within(TOLERANCE));
  }

  @Test
  void threeItemBatchWithWeightsMatchesTheHandComputation() {
    double[][] z1 = {{1, 0}, {0, 1}, {1, 1}};
    double[][] z2 = {{1, 0}, {0, 1}, {-1, 1}};
    double r = Math.sqrt(0.5);
    // Cosines of item 0 to (z2_0, z2_1, z2_2): (1, 0, −r); item 2 to them: (r, r, 0). τ = 0.5 doubles them.
    double item0 = -Math.log(Math.exp(2) / (Math.exp(2) + 1 + Math.exp(-2 * r)));
    double item2 = -Math.log(1 / (2 * Math.exp(2 * r) + 1));
    double loss = InfoNce.loss(z1, z2, new double[] {0.5, 0, 2}, 0.5, new double[3][2], new double[3][2]);
    assertThat(loss).isCloseTo(0.5 * item0 + 2 * item2, within(TOLERANCE));
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    Random random = new Random(3);
    int n = 4;
    int d = 3;
    double[] flat = ReprFixtures.gaussian(random, 2 * n * d, 1.0);
    double[] weights = {0.3, 1.0, 0.0, 2.0};
    double[][] g1 = new double[n][d];
    double[][] g2 = new double[n][d];
    InfoNce.loss(unflatten(flat, 0, n, d), unflatten(flat, n * d, n, d), weights, 0.2, g1, g2);

    double[] numeric = ReprFixtures.numericGradient(x -> InfoNce.loss(unflatten(x, 0, n, d),
        unflatten(x, n * d, n, d), weights, 0.2, new double[n][d], new double[n][d]), flat);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        assertThat(g1[i][j]).isCloseTo(numeric[i * d + j], within(1e-6));
        assertThat(g2[i][j]).isCloseTo(numeric[n * d + i * d + j], within(1e-6));
      }
    }
  }

  private static double[][] unflatten(double[] flat, int offset, int n, int d) {
    double[][] out = new double[n][d];
    for (int i = 0; i < n; i++) {
      System.arraycopy(flat, offset + i * d, out[i], 0, d);
    }
    return out;
  }
}
