package io.rewardlake.spark.train;

import io.rewardlake.core.repr.PairObjective;
import io.rewardlake.core.repr.SidedPair;
import io.rewardlake.core.train.Evaluation;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/** Scores every cached pair with all members and accumulates one {@link Evaluation} per partition. */
final class EvaluateSides implements FlatMapFunction<Iterator<SidedPair>, Evaluation> {
  private final Broadcast<double[]> params;
  private final PairObjective objective;

  EvaluateSides(Broadcast<double[]> params, PairObjective objective) {
    this.params = params;
    this.objective = objective;
  }

  @Override
  public Iterator<Evaluation> call(Iterator<SidedPair> pairs) {
    double[] theta = params.value();
    Evaluation evaluation = new Evaluation(objective.members());
    pairs.forEachRemaining(pair -> evaluation.observe(pair.pair(), objective.deltas(pair, theta)));
    return List.of(evaluation).iterator();
  }
}
