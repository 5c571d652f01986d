package io.rewardlake.spark.train;

import io.rewardlake.core.model.SparseFeatures;
import java.util.Arrays;

/**
 * Re-indexes features from featurizer slots to compact indices over the sorted used slots (see {@link UsedSlots}).
 * Unlike the linear trainer's encoding, slots outside the set are dropped rather than refused: evaluation-only
 * pairs may use slots no training pair has, and their parameters would be 0 anyway.
 */
final class SlotIndex {
  private SlotIndex() {}

  static SparseFeatures compact(SparseFeatures features, int[] slots) {
    int[] indices = new int[features.size()];
    float[] values = new float[features.size()];
    int n = 0;
    for (int k = 0; k < features.size(); k++) {
      int index = Arrays.binarySearch(slots, features.indices()[k]);
      if (index >= 0) {
        indices[n] = index;
        values[n++] = features.values()[k];
      }
    }
    return new SparseFeatures(Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
  }
}
