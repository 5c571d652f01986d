package io.rewardlake.core.repr;

import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.train.PairHash;
import java.util.Arrays;

/**
 * A stochastic view of a sparse input, SimCSE's dropout moved to the input: each entry survives with probability
 * 1 − rate and is scaled by 1 / (1 − rate). The mask is a hash of (key, slot), not a random generator's state, so a
 * view is reproducible on any executor in any order, and the gradient check can recompute the loss exactly.
 */
public final class FeatureDropout {
  private FeatureDropout() {}

  /** The view; {@code key} must differ between views, sides, pairs and steps. */
  public static SparseFeatures view(SparseFeatures x, double rate, long key) {
    if (rate == 0) {
      return x;
    }
    int[] indices = new int[x.size()];
    float[] values = new float[x.size()];
    float scale = (float) (1 / (1 - rate));
    int n = 0;
    for (int k = 0; k < x.size(); k++) {
      if (PairHash.uniform(PairHash.draw(key, x.indices()[k], 0x0D50L)) >= rate) {
        indices[n] = x.indices()[k];
        values[n++] = x.values()[k] * scale;
      }
    }
    return new SparseFeatures(Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
  }

  /** A key for (pair, step, view, side) under a run seed. */
  public static long key(long pairKey, long seed, int step, int view, int side) {
    return PairHash.draw(pairKey, seed, ((long) step << 8) | (view << 1) | side);
  }
}
