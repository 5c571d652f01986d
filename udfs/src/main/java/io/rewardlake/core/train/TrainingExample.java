package io.rewardlake.core.train;

import io.rewardlake.core.model.SparseFeatures;
import java.io.Serializable;
import java.util.Objects;

/**
 * One featurized pair as the trainer caches it: the feature difference f(chosen) − f(rejected), the loss inputs and
 * every member's multiplicity. Built once per pair and reused by every optimiser iteration and every member.
 *
 * @param pairId the pair's id (subset membership derives from it)
 * @param source corpus source, for per-source metrics
 * @param difference f(x, chosen) − f(x, rejected)
 * @param target soft target p = P(chosen preferred)
 * @param margin required gap m in the loss
 * @param weight per-pair loss weight (> 0)
 * @param multiplicities per member: times the member trains on the pair (0 = held out); all 0 for evaluation-only
 *     pairs (splits not trained on)
 * @param evaluationOnly the pair's split is not trained on (for example {@code test})
 * @param truth known P(chosen better) from ground truth, or NaN when unknown (synthetic corpora know it)
 */
public record TrainingExample(String pairId, String source, SparseFeatures difference, double target, double margin,
    double weight, byte[] multiplicities, boolean evaluationOnly, double truth) implements Serializable {

  public TrainingExample {
    Objects.requireNonNull(pairId, "pairId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(multiplicities, "multiplicities");
    if (!(target >= 0 && target <= 1)) {
      throw new IllegalArgumentException("target must be in [0, 1], got " + target + " for pair " + pairId);
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be positive and finite, got " + weight + " for pair " + pairId);
    }
    if (!Double.isFinite(margin)) {
      throw new IllegalArgumentException("margin must be finite, got " + margin + " for pair " + pairId);
    }
  }

  public int members() {
    return multiplicities.length;
  }

  public int multiplicity(int member) {
    return multiplicities[member];
  }

  /** True when at least one member trains on the pair. */
  public boolean trainedOn() {
    for (byte multiplicity : multiplicities) {
      if (multiplicity > 0) {
        return true;
      }
    }
    return false;
  }

  /** The same pair with other members' multiplicities (benchmarks compare subset schemes on one featurization). */
  public TrainingExample withMultiplicities(byte[] counts) {
    return new TrainingExample(pairId, source, difference, target, margin, weight, counts, evaluationOnly, truth);
  }

  public boolean hasTruth() {
    return !Double.isNaN(truth);
  }
}
