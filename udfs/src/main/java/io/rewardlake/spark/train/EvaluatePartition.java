package io.rewardlake.spark.train;

import io.rewardlake.core.train.Evaluation;
import io.rewardlake.core.train.TrainingExample;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/** Scores every cached pair with all members in one pass and accumulates one {@link Evaluation} per partition. */
final class EvaluatePartition implements FlatMapFunction<Iterator<TrainingExample>, Evaluation> {
  private final Broadcast<double[]> packedWeights;
  private final int members;

  EvaluatePartition(Broadcast<double[]> packedWeights, int members) {
    this.packedWeights = packedWeights;
    this.members = members;
  }

  @Override
  public Iterator<Evaluation> call(Iterator<TrainingExample> examples) {
    double[] weights = packedWeights.value();
    Evaluation evaluation = new Evaluation(members);
    double[] deltas = new double[members];
    examples.forEachRemaining(example -> {
      example.difference().dotPacked(weights, members, deltas);
      evaluation.observe(example, deltas);
    });
    return List.of(evaluation).iterator();
  }
}
