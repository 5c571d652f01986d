package io.rewardlake.core.repr;

/**
 * The first-order MetaRM update, as arithmetic on parameter vectors so it can be tested on its own:
 * <ol>
 *   <li>θ' = θ + α ∇J(θ): a gradient-ascent step on the difference loss J over the shifted samples;</li>
 *   <li>g = (1 − mix) ∇L(θ) + mix ∇L(θ'): the preference loss gradient at the stepped parameters (mix = 1 is
 *       MetaRM; mix = 0 is plain training), which the optimiser applies to the original θ.</li>
 * </ol>
 * First-order: ∇L(θ') is used as it is, without the Jacobian of θ' with respect to θ (as in first-order MAML).
 */
public final class MetaStep {
  private MetaStep() {}

  /** θ + α · ascent. */
  public static double[] stepped(double[] theta, double[] ascent, double alpha) {
    double[] out = theta.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += alpha * ascent[i];
    }
    return out;
  }

  /** (1 − mix) · plain + mix · meta. */
  public static double[] mixed(double[] plain, double[] meta, double mix) {
    double[] out = new double[meta.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (1 - mix) * plain[i] + mix * meta[i];
    }
    return out;
  }
}
