package io.rewardlake.spark.train;

import io.rewardlake.core.repr.PairObjective;
import io.rewardlake.core.repr.SidedPair;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * One partition's share of a representation training step: the gradient of its batches at each broadcast
 * parameter point (θ, and θ' for MetaRM) in {@code out[point]}, whose last entry collects the loss. The partition
 * allocates its own accumulator (a treeAggregate zero value of this size would travel inside every task), and the
 * trainer sums partitions with treeReduce.
 */
final class PairBatchGradient implements FlatMapFunction<Iterator<List<SidedPair>>, double[][]> {
  private final Broadcast<double[][]> points;
  private final PairObjective objective;
  private final int step;

  PairBatchGradient(Broadcast<double[][]> points, PairObjective objective, int step) {
    this.points = points;
    this.objective = objective;
    this.step = step;
  }

  @Override
  public Iterator<double[][]> call(Iterator<List<SidedPair>> batches) {
    double[][] params = points.value();
    int size = objective.shape().size() * objective.members();
    double[][] acc = new double[params.length][size + 1];
    batches.forEachRemaining(batch -> {
      for (int p = 0; p < params.length; p++) {
        acc[p][size] += objective.accumulate(batch, params[p], acc[p], step);
      }
    });
    return List.<double[][]>of(acc).iterator();
  }

  static double[][] sum(double[][] a, double[][] b) {
    for (int p = 0; p < a.length; p++) {
      for (int i = 0; i < a[p].length; i++) {
        a[p][i] += b[p][i];
      }
    }
    return a;
  }
}
