package io.rewardlake.core.repr;

import java.io.Serializable;

/**
 * Settings of representation-based training; validated here, so executors never see a bad value.
 *
 * @param objective which terms and steps are on
 * @param hidden hidden units H (≥ 1)
 * @param steps Adam steps, each one full pass over the cached pairs (two with MetaRM)
 * @param learningRate Adam step size
 * @param l2 λ of (λ/2)‖θ_m‖² per member
 * @param labelSmoothing ε: targets p(1 − ε) + (1 − p)ε
 * @param contrastiveWeight weight of the InfoNCE term relative to the pair loss
 * @param temperature InfoNCE temperature τ
 * @param dropout feature dropout rate of each contrastive view
 * @param batchSize pairs per contrastive batch (the in-batch negatives); batches are cut per data partition
 * @param innerStep α of MetaRM's gradient-ascent step θ' = θ + α∇J
 * @param mix weight of ∇L(θ') against ∇L(θ) in the update (1 = MetaRM as published)
 * @param seed initialisation and dropout seed
 */
public record RepresentationSettings(Objective objective, int hidden, int steps, double learningRate, double l2,
    double labelSmoothing, double contrastiveWeight, double temperature, double dropout, int batchSize,
    double innerStep, double mix, long seed) implements Serializable {
  public RepresentationSettings {
    require(hidden >= 1, "hidden units must be >= 1, got " + hidden);
    require(steps >= 1, "steps must be >= 1, got " + steps);
    require(learningRate > 0 && Double.isFinite(learningRate), "learning rate must be > 0, got " + learningRate);
    require(l2 >= 0 && Double.isFinite(l2), "l2 must be finite and >= 0, got " + l2);
    require(labelSmoothing >= 0 && labelSmoothing <= 0.5, "label smoothing must be in [0, 0.5], got "
        + labelSmoothing);
    require(contrastiveWeight >= 0 && Double.isFinite(contrastiveWeight), "contrastive weight must be >= 0, got "
        + contrastiveWeight);
    require(temperature > 0 && Double.isFinite(temperature), "temperature must be > 0, got " + temperature);
    require(dropout >= 0 && dropout < 1, "feature dropout must be in [0, 1), got " + dropout);
    require(batchSize >= 2, "contrastive batch size must be >= 2, got " + batchSize);
    require(innerStep >= 0 && Double.isFinite(innerStep), "inner step must be >= 0, got " + innerStep);
    require(mix >= 0 && mix <= 1, "mix must be in [0, 1], got " + mix);
  }

  /** The same settings with another objective and seed (benchmarks compare objectives on one featurization). */
  public RepresentationSettings with(Objective otherObjective, long otherSeed) {
    return new RepresentationSettings(otherObjective, hidden, steps, learningRate, l2, labelSmoothing,
        contrastiveWeight, temperature, dropout, batchSize, innerStep, mix, otherSeed);
  }

  /** p(1 − ε) + (1 − p)ε. */
  public double smoothed(double target) {
    return target * (1 - labelSmoothing) + (1 - target) * labelSmoothing;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
