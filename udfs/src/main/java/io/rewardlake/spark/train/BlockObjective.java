package io.rewardlake.spark.train;

import io.rewardlake.core.optim.DifferentiableFunction;
import io.rewardlake.core.train.EnsembleObjective;
import io.rewardlake.core.train.PairBlock;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * The optimiser's objective over the cached blocks: each evaluation broadcasts the weights, sums every partition's
 * {@link BlockGradient} with a tree reduction and adds the L2 term on the driver. The data term is divided by the
 * number of training pairs, as {@link EnsembleObjective#scaledFor} expects.
 */
final class BlockObjective implements DifferentiableFunction {
  private static final int TREE_DEPTH = 2;

  private final JavaRDD<PairBlock> blocks;
  private final Broadcast<int[]> compactOf;
  private final EnsembleObjective objective;
  private final OptimizerSettings settings;
  private final long pairs;

  BlockObjective(JavaRDD<PairBlock> blocks, Broadcast<int[]> compactOf, EnsembleObjective objective,
      OptimizerSettings settings, long pairs) {
    this.blocks = blocks;
    this.compactOf = compactOf;
    this.objective = objective;
    this.settings = settings;
    this.pairs = pairs;
  }

  @Override
  public double valueAt(double[] x, double[] gradient) {
    Broadcast<double[]> weights = JavaSparkContext.fromSparkContext(blocks.context()).broadcast(x);
    double[] sum;
    try {
      sum = blocks.mapPartitions(new BlockGradient(weights, compactOf, objective, settings.labelSmoothing()))
          .treeReduce(DoubleArrays::addInto, TREE_DEPTH);
    } finally {
      weights.destroy();
    }
    double l2 = settings.l2();
    double penalty = 0;
    for (int i = 0; i < x.length; i++) {
      gradient[i] = sum[i] / pairs + l2 * x[i];
      penalty += x[i] * x[i];
    }
    return sum[x.length] / pairs + 0.5 * l2 * penalty;
  }
}
