package io.rewardlake.spark.train;

import io.rewardlake.core.train.TrainingExample;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Per partition: {@code [count, W_0, ..., W_{M-1}]} with {@code W_m = Σ multiplicity_m · weight}, the totals that
 * normalise each member's loss; summed across partitions by the trainer.
 */
final class MemberTotals implements FlatMapFunction<Iterator<TrainingExample>, double[]> {
  private final int members;

  MemberTotals(int members) {
    this.members = members;
  }

  @Override
  public Iterator<double[]> call(Iterator<TrainingExample> examples) {
    double[] totals = new double[members + 1];
    examples.forEachRemaining(example -> {
      totals[0]++;
      for (int m = 0; m < members; m++) {
        totals[m + 1] += example.multiplicity(m) * example.weight();
      }
    });
    return List.of(totals).iterator();
  }

  static double[] sum(double[] a, double[] b) {
    double[] out = a.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += b[i];
    }
    return out;
  }
}
