package io.rewardlake.spark.train;

import io.rewardlake.core.train.TrainingExample;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Per partition, the featurizer slots that occur in any pair's difference vector. A slot no training pair uses has a
 * zero gradient and, with the L2 penalty, an optimal weight of exactly 0, so the optimiser only needs the used
 * slots: with 2^18 hashed slots, most of them empty on a given corpus, this shrinks every iteration's broadcast and
 * gradient aggregation (M × slots doubles) many times over without changing the result.
 */
final class UsedSlots implements FlatMapFunction<Iterator<TrainingExample>, BitSet> {
  @Override
  public Iterator<BitSet> call(Iterator<TrainingExample> examples) {
    BitSet used = new BitSet();
    examples.forEachRemaining(example -> {
      for (int index : example.difference().indices()) {
        used.set(index);
      }
    });
    return List.of(used).iterator();
  }

  static BitSet union(BitSet a, BitSet b) {
    BitSet out = (BitSet) a.clone();
    out.or(b);
    return out;
  }

  /** The used slots in increasing order: compact index k stands for featurizer slot {@code slots[k]}. */
  static int[] sorted(BitSet used) {
    return used.stream().toArray();
  }
}
