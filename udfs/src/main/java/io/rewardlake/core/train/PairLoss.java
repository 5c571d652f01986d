package io.rewardlake.core.train;

/**
 * The Bradley–Terry pair loss with a soft target and a margin: with {@code z = Δ − m} (Δ = r(chosen) − r(rejected)),
 * {@code ℓ = −p·log σ(z) − (1 − p)·log(1 − σ(z)) = softplus(z) − p·z}, so {@code dℓ/dΔ = σ(z) − p}.
 *
 * <p>For a hard label (p = 1) this is the adaptive-margin loss {@code −log σ(Δ − m)} of Secrets of RLHF II and TRL's
 * RewardTrainer; for m = 0 it is label-smoothed cross entropy on σ(Δ). The margin shifts the logit, so the optimum
 * is {@code Δ = m + logit(p)}: a confident pair must win by its margin before the loss stops pushing.
 */
public final class PairLoss {
  private PairLoss() {}

  public static double value(double delta, double target, double margin) {
    double z = delta - margin;
    return softplus(z) - target * z;
  }

  /** dℓ/dΔ. */
  public static double slope(double delta, double target, double margin) {
    return sigmoid(delta - margin) - target;
  }

  /** log(1 + e^z) without overflow for large |z|. */
  public static double softplus(double z) {
    return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
  }

  public static double sigmoid(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }
}
