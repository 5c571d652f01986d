package io.rewardlake.core.repr;

import io.rewardlake.core.train.PairLoss;

/**
 * MetaRM's difference loss on the responses of one prompt from the shifted distribution (no labels): the mean over
 * the response pairs i &lt; j of σ(|r_i − r_j|). It grows as the model separates the responses; the meta step takes a
 * gradient-ascent step on it (MetaRM, Dou et al. 2024, as used in Secrets of RLHF Part II).
 * ∂/∂r_i = Σ_{j≠i} σ'(|r_i − r_j|) · sign(r_i − r_j) / pairs.
 */
public final class DifferenceLoss {
  private DifferenceLoss() {}

  /** J of one group; adds ∂J/∂r_i · scale into {@code gradient[i]}. Fewer than two responses give 0. */
  public static double value(double[] rewards, double scale, double[] gradient) {
    int n = rewards.length;
    if (n < 2) {
      return 0;
    }
    double pairs = n * (n - 1) / 2.0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double d = rewards[i] - rewards[j];
        double s = PairLoss.sigmoid(Math.abs(d));
        total += s;
        double slope = scale * s * (1 - s) * Math.signum(d) / pairs;
        gradient[i] += slope;
        gradient[j] -= slope;
      }
    }
    return total / pairs;
  }
}
