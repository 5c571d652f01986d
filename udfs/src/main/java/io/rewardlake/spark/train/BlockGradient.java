package io.rewardlake.spark.train;

import io.rewardlake.core.train.EnsembleObjective;
import io.rewardlake.core.train.PairBlock;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * One partition's share of an optimiser pass: the summed gradient of its blocks' training pairs at the broadcast
 * weights, with the summed loss as the last entry. The partition allocates its own accumulator (a treeAggregate
 * zero value of this size would travel inside every task); the trainer sums partitions with treeReduce.
 */
final class BlockGradient implements FlatMapFunction<Iterator<PairBlock>, double[]> {
  private final Broadcast<double[]> weights;
  private final Broadcast<int[]> compactOf;
  private final EnsembleObjective objective;
  private final double labelSmoothing;

  BlockGradient(Broadcast<double[]> weights, Broadcast<int[]> compactOf, EnsembleObjective objective,
      double labelSmoothing) {
    this.weights = weights;
    this.compactOf = compactOf;
    this.objective = objective;
    this.labelSmoothing = labelSmoothing;
  }

  @Override
  public Iterator<double[]> call(Iterator<PairBlock> blocks) {
    double[] packed = weights.value();
    int[] rows = compactOf.value();
    double[] sum = new double[packed.length + 1];
    blocks.forEachRemaining(block ->
        sum[packed.length] += block.accumulate(objective, rows, labelSmoothing, packed, sum));
    return List.of(sum).iterator();
  }
}
