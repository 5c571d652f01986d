package io.rewardlake.spark.train;

import io.rewardlake.core.optim.Lbfgs;
import io.rewardlake.core.train.EnsembleObjective;
import io.rewardlake.core.train.Evaluation;
import io.rewardlake.core.train.PairBlock;
import io.rewardlake.core.train.TrainingExample;
import java.util.BitSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Trains all M members of a linear ensemble with L-BFGS over cached {@link PairBlock}s: every pass broadcasts the
 * packed weights, and each executor adds the gradient of its blocks for all members at once
 * ({@link BlockGradient}); a tree reduction sums the partitions. The optimiser works over the featurizer slots the
 * training pairs actually use ({@link UsedSlots}); the blocks keep featurizer slots and a broadcast table maps them,
 * so the one cached copy of the pairs serves training and evaluation alike.
 */
public final class EnsembleTrainer {
  /** Pairs per cached block: large enough that per-object overhead vanishes, small enough to spill piecemeal. */
  static final int BLOCK_PAIRS = 4096;

  private EnsembleTrainer() {}

  /** The training cache: featurized pairs packed into blocks. The caller persists and unpersists it. */
  public static JavaRDD<PairBlock> pack(JavaRDD<TrainingExample> examples) {
    return examples.mapPartitions(new PackPairs(BLOCK_PAIRS));
  }

  /**
   * The optimised weights of every member.
   *
   * @param blocks packed pairs ({@link #pack}), cached by the caller; pairs no member trains on are skipped
   * @param dimension featurizer slots D; the result has {@code D * members} packed weights
   */
  public static TrainedWeights train(JavaRDD<PairBlock> blocks, int dimension, int members,
      OptimizerSettings settings) {
    return train(blocks, dimension, members, settings, null);
  }

  /**
   * As {@link #train(JavaRDD, int, int, OptimizerSettings)}, with only the {@code trainable} packed weights
   * ({@code [slot * members + m]}, all D slots; null: all) optimised; the others stay exactly 0.
   */
  public static TrainedWeights train(JavaRDD<PairBlock> blocks, int dimension, int members,
      OptimizerSettings settings, boolean[] trainable) {
    return train(blocks, dimension, members, settings, trainable, null);
  }

  /**
   * As {@link #train(JavaRDD, int, int, OptimizerSettings, boolean[])}, starting from {@code initial} packed weights
   * ({@code [slot * members + m]}, all D slots; null: from zero) instead of zero. Slots no training pair uses are not
   * optimised and stay 0 whatever their start.
   */
  public static TrainedWeights train(JavaRDD<PairBlock> blocks, int dimension, int members,
      OptimizerSettings settings, boolean[] trainable, double[] initial) {
    double[] totals = blocks.mapPartitions(new MemberTotals(members)).fold(new double[members + 1], DoubleArrays::addInto);
    long count = (long) totals[0];
    if (count == 0) {
      throw new IllegalArgumentException("no pair is in a training split, so there is nothing to train on");
    }
    EnsembleObjective objective =
        EnsembleObjective.scaledFor(count, java.util.Arrays.copyOfRange(totals, 1, members + 1));
    int[] slots = UsedSlots.sorted(blocks.mapPartitions(new UsedSlots()).fold(new BitSet(), UsedSlots::union));
    if (trainable != null) {
      objective = objective.restrictedTo(compact(trainable, new boolean[slots.length * members], slots, members));
    }
    Broadcast<int[]> compactOf = JavaSparkContext.fromSparkContext(blocks.context())
        .broadcast(UsedSlots.rowsOf(slots, dimension));
    try {
      double[] start = initial == null ? new double[slots.length * members]
          : compact(initial, new double[slots.length * members], slots, members);
      Lbfgs.Result result = new Lbfgs(settings.maxIterations(), settings.corrections(), settings.tolerance())
          .minimize(new BlockObjective(blocks, compactOf, objective, settings, count), start);
      double[] packed = expand(result.x(), slots, dimension, members);
      return new TrainedWeights(packed, members, result.values(), count);
    } finally {
      compactOf.destroy();
    }
  }

  /** Held-out metrics of the trained weights over all cached pairs (see {@link Evaluation}). */
  public static Evaluation evaluate(JavaRDD<PairBlock> blocks, TrainedWeights weights) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(blocks.context());
    Broadcast<double[]> packed = context.broadcast(weights.packed());
    try {
      return blocks.mapPartitions(new EvaluatePartition(packed, weights.members()))
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
