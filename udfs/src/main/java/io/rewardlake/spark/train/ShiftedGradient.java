package io.rewardlake.spark.train;

import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.repr.ShiftedObjective;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;

/** treeAggregate step of MetaRM's inner step: ∇J of one prompt's shifted responses; the last entry collects J. */
final class ShiftedGradient implements Function2<double[], List<SparseFeatures>, double[]> {
  private final Broadcast<double[]> params;
  private final ShiftedObjective objective;

  ShiftedGradient(Broadcast<double[]> params, ShiftedObjective objective) {
    this.params = params;
    this.objective = objective;
  }

  @Override
  public double[] call(double[] acc, List<SparseFeatures> group) {
    acc[acc.length - 1] += objective.accumulate(group, params.value(), acc);
    return acc;
  }

  static double[] sum(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }
}
