package io.rewardlake.spark.train;

import io.rewardlake.core.train.EnsembleObjective;
import io.rewardlake.core.train.Evaluation;
import io.rewardlake.core.train.TrainingExample;
import java.util.BitSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.optimization.LBFGS;
import org.apache.spark.mllib.optimization.SquaredL2Updater;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Trains all M members of a linear ensemble with MLlib's distributed L-BFGS: every iteration broadcasts the packed
 * weights, and each executor adds the gradient of its cached pairs for all members in one pass
 * ({@link EnsembleGradient}); Spark's tree aggregation sums the partitions. Nothing here runs its own cluster logic.
 * The optimiser works over the featurizer slots the training pairs actually use ({@link UsedSlots}).
 */
public final class EnsembleTrainer {
  private EnsembleTrainer() {}

  /**
   * The optimised weights of every member.
   *
   * @param examples featurized pairs, cached by the caller; pairs no member trains on are skipped
   * @param dimension featurizer slots D; the result has {@code D * members} packed weights
   */
  public static TrainedWeights train(JavaRDD<TrainingExample> examples, int dimension, int members,
      OptimizerSettings settings) {
    return train(examples, dimension, members, settings, null);
  }

  /**
   * As {@link #train(JavaRDD, int, int, OptimizerSettings)}, with only the {@code trainable} packed weights
   * ({@code [slot * members + m]}, all D slots; null: all) optimised; the others stay exactly 0.
   */
  public static TrainedWeights train(JavaRDD<TrainingExample> examples, int dimension, int members,
      OptimizerSettings settings, boolean[] trainable) {
    return train(examples, dimension, members, settings, trainable, null);
  }

  /**
   * As {@link #train(JavaRDD, int, int, OptimizerSettings, boolean[])}, starting from {@code initial} packed weights
   * ({@code [slot * members + m]}, all D slots; null: from zero) instead of zero. Slots no training pair uses are not
   * optimised and stay 0 whatever their start.
   */
  public static TrainedWeights train(JavaRDD<TrainingExample> examples, int dimension, int members,
      OptimizerSettings settings, boolean[] trainable, double[] initial) {
    JavaRDD<TrainingExample> trained = examples.filter(TrainingExample::trainedOn);
    double[] totals = trained.mapPartitions(new MemberTotals(members)).fold(new double[members + 1], MemberTotals::sum);
    long count = (long) totals[0];
    if (count == 0) {
      throw new IllegalArgumentException("no pair is in a training split, so there is nothing to train on");
    }
    EnsembleObjective objective =
        EnsembleObjective.scaledFor(count, java.util.Arrays.copyOfRange(totals, 1, members + 1));
    int[] slots = UsedSlots.sorted(trained.mapPartitions(new UsedSlots()).fold(new BitSet(), UsedSlots::union));
    if (trainable != null) {
      objective = objective.restrictedTo(compact(trainable, new boolean[slots.length * members], slots, members));
    }
    Broadcast<int[]> usedSlots = JavaSparkContext.fromSparkContext(examples.context()).broadcast(slots);
    double smoothing = settings.labelSmoothing();
    JavaRDD<Tuple2<Object, Vector>> vectors = trained
        .map(example -> ExampleVectors.encode(example, usedSlots.value(), smoothing))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Tuple2<Vector, double[]> result = LBFGS.runLBFGS(vectors.rdd(), new EnsembleGradient(slots.length, objective),
          new SquaredL2Updater(), settings.corrections(), settings.tolerance(), settings.maxIterations(),
          settings.l2(), initial == null ? Vectors.zeros(slots.length * members)
              : Vectors.dense(compact(initial, new double[slots.length * members], slots, members)));
      double[] packed = expand(result._1().toArray(), slots, dimension, members);
      return new TrainedWeights(packed, members, result._2(), count);
    } finally {
      vectors.unpersist(false);
      usedSlots.destroy();
    }
  }

  /** Held-out metrics of the trained weights over all cached pairs (see {@link Evaluation}). */
  public static Evaluation evaluate(JavaRDD<TrainingExample> examples, TrainedWeights weights) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(examples.context());
    Broadcast<double[]> packed = context.broadcast(weights.packed());
    try {
      return examples.mapPartitions(new EvaluatePartition(packed, weights.members()))
          .fold(new Evaluation(weights.members()), Evaluation::merge);
    } finally {
      packed.destroy();
    }
  }

  /**
   * The used slots' entries of a packed array ({@code [slot * members + m]}, all D slots) in compact order, copied
   * into {@code out}: the starting weights and the trainable flags alike.
   */
  private static <A> A compact(A packed, A out, int[] slots, int members) {
    for (int k = 0; k < slots.length; k++) {
      System.arraycopy(packed, slots[k] * members, out, k * members, members);
    }
    return out;
  }

  /**
   * Back from the used slots to all D featurizer slots (unused ones stay 0), rounded to float: models are stored as
   * float32, so the metrics computed next describe exactly what gets stored.
   */
  private static double[] expand(double[] compact, int[] slots, int dimension, int members) {
    double[] packed = new double[dimension * members];
    for (int k = 0; k < slots.length; k++) {
      for (int m = 0; m < members; m++) {
        packed[slots[k] * members + m] = (float) compact[k * members + m];
      }
    }
    return packed;
  }
}
