package io.rewardlake.core.model;

import java.nio.charset.StandardCharsets;

/** Where a feature key lands, computed the way the featurizer does, for tests that look for one feature. */
final class FeatureKeys {
  private FeatureKeys() {}

  static int slot(FeaturizerSpec spec, String key) {
    return new FeatureHasher(spec.dimension()).index(hash(key));
  }

  static double sign(String key) {
    return FeatureHasher.negative(hash(key)) ? -1 : 1;
  }

  /** The value at {@code index}, 0 when absent. */
  static double valueAt(SparseFeatures features, int index) {
    for (int k = 0; k < features.size(); k++) {
      if (features.indices()[k] == index) {
        return features.values()[k];
      }
    }
    return 0;
  }

  private static int hash(String key) {
    return FeatureHasher.hash(new KeyBuffer().start(key.getBytes(StandardCharsets.UTF_8)));
  }
}
