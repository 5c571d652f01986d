package io.rewardlake.spark.train;

import io.rewardlake.core.repr.PairObjective;
import io.rewardlake.core.repr.SidedPair;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;

/**
 * treeAggregate step of representation training: adds one batch's gradient at each broadcast parameter point
 * (θ, and θ' for MetaRM) into {@code acc[point]}, whose last entry collects the loss.
 */
final class PairBatchGradient implements Function2<double[][], List<SidedPair>, double[][]> {
  private final Broadcast<double[][]> points;
  private final PairObjective objective;
  private final int step;

  PairBatchGradient(Broadcast<double[][]> points, PairObjective objective, int step) {
    this.points = points;
    this.objective = objective;
    this.step = step;
  }

  @Override
  public double[][] call(double[][] acc, List<SidedPair> batch) {
    double[][] params = points.value();
    for (int p = 0; p < params.length; p++) {
      acc[p][acc[p].length - 1] += objective.accumulate(batch, params[p], acc[p], step);
    }
    return acc;
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
