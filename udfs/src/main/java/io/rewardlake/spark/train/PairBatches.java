package io.rewardlake.spark.train;

import io.rewardlake.core.repr.SidedPair;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Cuts a partition's training pairs into batches of a fixed size, in partition order: the batch is where the
 * contrastive term finds its negatives, so a batch is fixed for the whole run (deterministic for a fixed
 * partitioning). The last batch of a partition may be smaller.
 */
final class PairBatches implements FlatMapFunction<Iterator<SidedPair>, List<SidedPair>> {
  private final int size;

  PairBatches(int size) {
    this.size = size;
  }

  @Override
  public Iterator<List<SidedPair>> call(Iterator<SidedPair> pairs) {
    List<List<SidedPair>> batches = new ArrayList<>();
    List<SidedPair> batch = new ArrayList<>(size);
    while (pairs.hasNext()) {
      batch.add(pairs.next());
      if (batch.size() == size) {
        batches.add(batch);
        batch = new ArrayList<>(size);
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches.iterator();
  }
}
