package io.rewardlake.spark.train;

import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.repr.ShiftedObjective;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/** One partition's share of MetaRM's inner step: ∇J of its prompts' shifted responses; the last entry collects J. */
final class ShiftedGradient implements FlatMapFunction<Iterator<List<SparseFeatures>>, double[]> {
  private final Broadcast<double[]> params;
  private final ShiftedObjective objective;

  ShiftedGradient(Broadcast<double[]> params, ShiftedObjective objective) {
    this.params = params;
    this.objective = objective;
  }

  @Override
  public Iterator<double[]> call(Iterator<List<SparseFeatures>> groups) {
    double[] theta = params.value();
    double[] acc = new double[theta.length + 1];
    groups.forEachRemaining(group -> acc[theta.length] += objective.accumulate(group, theta, acc));
    return List.of(acc).iterator();
  }
}
