package io.rewardlake.spark.train;

import io.rewardlake.core.train.PairBlock;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Per partition, the featurizer slots that occur in any training pair's difference vector. A slot no training pair
 * uses has a zero gradient and, with the L2 penalty, an optimal weight of exactly 0, so the optimiser only needs the
 * used slots: with 2^18 hashed slots, most of them empty on a small corpus, this shrinks every pass's broadcast and
 * gradient aggregation (M × slots doubles) many times over without changing the result.
 */
final class UsedSlots implements FlatMapFunction<Iterator<PairBlock>, BitSet> {
  @Override
  public Iterator<BitSet> call(Iterator<PairBlock> blocks) {
    BitSet used = new BitSet();
    blocks.forEachRemaining(block -> block.markTrainedSlots(used));
    return List.of(used).iterator();
  }

  static BitSet union(BitSet a, BitSet b) {
    BitSet out = (BitSet) a.clone();
    out.or(b);
    return out;
  }

  /** The used slots in increasing order: compact row k stands for featurizer slot {@code slots[k]}. */
  static int[] sorted(BitSet used) {
    return used.stream().toArray();
  }

  /** Featurizer slot → compact row, −1 for slots no training pair uses. */
  static int[] rowsOf(int[] slots, int dimension) {
    int[] rows = new int[dimension];
    Arrays.fill(rows, -1);
    for (int k = 0; k < slots.length; k++) {
      rows[slots[k]] = k;
    }
    return rows;
  }
}
