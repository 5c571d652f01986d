package io.rewardlake.spark.train;

import io.rewardlake.core.model.SparseFeatures;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/** Per partition, the slots any of its feature vectors uses (representation training's {@link UsedSlots}). */
final class FeatureSlots implements FlatMapFunction<Iterator<SparseFeatures>, BitSet> {
  @Override
  public Iterator<BitSet> call(Iterator<SparseFeatures> vectors) {
    BitSet used = new BitSet();
    vectors.forEachRemaining(vector -> {
      for (int index : vector.indices()) {
        used.set(index);
      }
    });
    return List.of(used).iterator();
  }
}
