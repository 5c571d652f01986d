package io.rewardlake.spark.train;

import io.rewardlake.core.train.Evaluation;
import io.rewardlake.core.train.PairBlock;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/** Scores every cached pair with all members in one pass and accumulates one {@link Evaluation} per partition. */
final class EvaluatePartition implements FlatMapFunction<Iterator<PairBlock>, Evaluation> {
  private final Broadcast<double[]> packedWeights;
  private final int members;

  EvaluatePartition(Broadcast<double[]> packedWeights, int members) {
    this.packedWeights = packedWeights;
    this.members = members;
  }

  @Override
  public Iterator<Evaluation> call(Iterator<PairBlock> blocks) {
    double[] weights = packedWeights.value();
    Evaluation evaluation = new Evaluation(members);
    blocks.forEachRemaining(block -> block.observeInto(evaluation, weights));
    return List.of(evaluation).iterator();
  }
}
