package io.rewardlake.core.repr;

import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.train.TrainingExample;
import java.io.Serializable;
import java.util.Objects;

/**
 * A pair as representation training caches it: both responses' features (a hidden layer cannot work on the
 * difference f(chosen) − f(rejected) alone) plus the pair's loss inputs and multiplicities.
 *
 * @param key the pair's hash, which keys its dropout masks
 * @param chosen f(x, chosen)
 * @param rejected f(x, rejected)
 * @param pair target, margin, weight, multiplicities, split and truth; its {@code difference} is not used
 */
public record SidedPair(long key, SparseFeatures chosen, SparseFeatures rejected, TrainingExample pair)
    implements Serializable {
  public SidedPair {
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(rejected, "rejected");
    Objects.requireNonNull(pair, "pair");
  }

  /** The same pair over other feature vectors (the trainer re-indexes them to the used slots). */
  public SidedPair with(SparseFeatures otherChosen, SparseFeatures otherRejected) {
    return new SidedPair(key, otherChosen, otherRejected, pair);
  }
}
