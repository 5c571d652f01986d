package io.rewardlake.spark.train;

import io.rewardlake.core.train.PairBlock;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Per partition: {@code [pairs trained on, W_0, ..., W_{M-1}]} with {@code W_m = Σ multiplicity_m · weight}, the
 * totals that normalise each member's loss; summed across partitions by the trainer.
 */
final class MemberTotals implements FlatMapFunction<Iterator<PairBlock>, double[]> {
  private final int members;

  MemberTotals(int members) {
    this.members = members;
  }

  @Override
  public Iterator<double[]> call(Iterator<PairBlock> blocks) {
    double[] totals = new double[members + 1];
    double[] weights = new double[members];
    blocks.forEachRemaining(block -> {
      totals[0] += block.trainedPairs();
      block.addMemberWeights(weights);
    });
    System.arraycopy(weights, 0, totals, 1, members);
    return List.of(totals).iterator();
  }
}
