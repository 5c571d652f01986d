package io.rewardlake.spark.train;

import io.rewardlake.core.model.MlpShape;
import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.repr.Adam;
import io.rewardlake.core.repr.MetaStep;
import io.rewardlake.core.repr.MlpInit;
import io.rewardlake.core.repr.PairObjective;
import io.rewardlake.core.repr.RepresentationSettings;
import io.rewardlake.core.repr.ShiftedObjective;
import io.rewardlake.core.repr.SidedPair;
import io.rewardlake.core.train.Evaluation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

/**
 * Trains all M members of a hidden-layer ensemble with synchronous data-parallel gradient descent: each step
 * broadcasts the parameters, every executor adds the gradient of its cached batches for all members in one pass
 * ({@link PairBatchGradient}), Spark's treeReduce sums the partitions and the driver applies one Adam step. The sum
 * is bit-for-bit reproducible with up to two partitions; with more, partial sums are combined in task completion
 * order and results can differ in the last bits between runs (as with the linear family's L-BFGS). With
 * MetaRM a step is two passes: first ∇J over the shifted samples ({@link ShiftedGradient}) gives θ' = θ + α∇J, then
 * the pairs' gradient is taken at θ' (and at θ when mix &lt; 1) — see {@link MetaStep}. Like {@link EnsembleTrainer},
 * only the featurizer slots the data uses are optimised.
 */
public final class RepresentationTrainer {
  private static final int DEPTH = 2;

  private RepresentationTrainer() {}

  /** Trained parameters, their held-out evaluation and MetaRM's difference loss J per step (empty without it). */
  public record Result(MlpWeights weights, Evaluation evaluation, double[] differenceHistory) {}

  /**
   * @param pairs featurized pairs (all splits), cached by the caller
   * @param shifted MetaRM's shifted samples, one list per prompt; null unless the objective uses MetaRM
   * @param onStep called on the driver after each step with the step number
   */
  public static Result train(JavaRDD<SidedPair> pairs, JavaRDD<List<SparseFeatures>> shifted, int dimension,
      int members, RepresentationSettings settings, IntConsumer onStep) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(pairs.context());
    JavaRDD<SidedPair> trained = pairs.filter(pair -> pair.pair().trainedOn());
    double[] totals = EnsembleTrainer.pack(trained.map(SidedPair::pair)).mapPartitions(new MemberTotals(members))
        .fold(new double[members + 1], DoubleArrays::addInto);
    if (totals[0] == 0) {
      throw new IllegalArgumentException("no pair is in a training split, so there is nothing to train on");
    }
    Broadcast<int[]> slots = context.broadcast(usedSlots(trained, shifted));
    MlpShape shape = new MlpShape(slots.value().length, settings.hidden());
    PairObjective objective = new PairObjective(shape, Arrays.copyOfRange(totals, 1, members + 1), settings);
    JavaRDD<SidedPair> compact = pairs.map(pair -> pair.with(SlotIndex.compact(pair.chosen(), slots.value()),
        SlotIndex.compact(pair.rejected(), slots.value()))).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<List<SidedPair>> batches = compact.filter(pair -> pair.pair().trainedOn())
        .mapPartitions(new PairBatches(settings.batchSize())).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<List<SparseFeatures>> groups = shifted == null ? null : shifted
        .map(group -> group.stream().map(vector -> SlotIndex.compact(vector, slots.value())).toList())
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Loop loop = new Loop(context, batches, groups, objective, settings, members);
      double[] theta = loop.run(onStep);
      MlpWeights weights = new MlpWeights(theta, slots.value(), shape, dimension, members, loop.losses(),
          (long) totals[0]);
      return new Result(weights, evaluate(context, compact, objective, theta), loop.differences());
    } finally {
      compact.unpersist(false);
      batches.unpersist(false);
      if (groups != null) {
        groups.unpersist(false);
      }
      slots.destroy();
    }
  }

  /** Slots of the training pairs and, for MetaRM, of the shifted samples (J depends on those too). */
  private static int[] usedSlots(JavaRDD<SidedPair> trained, JavaRDD<List<SparseFeatures>> shifted) {
    BitSet used = trained.flatMap(pair -> List.of(pair.chosen(), pair.rejected()).iterator())
        .mapPartitions(new FeatureSlots()).fold(new BitSet(), UsedSlots::union);
    if (shifted != null) {
      used.or(shifted.flatMap(List::iterator).mapPartitions(new FeatureSlots()).fold(new BitSet(), UsedSlots::union));
    }
    return UsedSlots.sorted(used);
  }

  private static Evaluation evaluate(JavaSparkContext context, JavaRDD<SidedPair> compact, PairObjective objective,
      double[] theta) {
    Broadcast<double[]> params = context.broadcast(theta);
    try {
      return compact.mapPartitions(new EvaluateSides(params, objective))
          .fold(new Evaluation(objective.members()), Evaluation::merge);
    } finally {
      params.destroy();
    }
  }

  /** The driver's optimisation loop: one synchronous, aggregated gradient per step. */
  private static final class Loop {
    private final JavaSparkContext context;
    private final JavaRDD<List<SidedPair>> batches;
    private final JavaRDD<List<SparseFeatures>> groups;
    private final PairObjective objective;
    private final RepresentationSettings settings;
    private final int size;
    private final List<Double> losses = new ArrayList<>();
    private final List<Double> differences = new ArrayList<>();

    Loop(JavaSparkContext context, JavaRDD<List<SidedPair>> batches, JavaRDD<List<SparseFeatures>> groups,
        PairObjective objective, RepresentationSettings settings, int members) {
      this.context = context;
      this.batches = batches;
      this.groups = groups;
      this.objective = objective;
      this.settings = settings;
      this.size = objective.shape().size() * members;
    }

    double[] run(IntConsumer onStep) {
      double[] theta = MlpInit.parameters(objective.shape(), objective.members(), settings.seed());
      ShiftedObjective shifted = groups == null ? null
          : new ShiftedObjective(objective.shape(), objective.members(), groups.count());
      Adam adam = new Adam(size, settings.learningRate());
      for (int step = 0; step < settings.steps(); step++) {
        double[] gradient = gradient(theta, shifted, step);
        for (int i = 0; i < size; i++) {
          gradient[i] += settings.l2() * theta[i];
        }
        adam.step(theta, gradient);
        onStep.accept(step + 1);
      }
      for (int i = 0; i < size; i++) {
        theta[i] = (float) theta[i]; // models are stored as float32: evaluate exactly what gets stored
      }
      return theta;
    }

    /** ∇L(θ), or with MetaRM (1 − mix)∇L(θ) + mix∇L(θ + α∇J(θ)). */
    private double[] gradient(double[] theta, ShiftedObjective shifted, int step) {
      if (!settings.objective().meta()) {
        return pairGradients(new double[][] {theta}, step)[0];
      }
      double[] stepped = MetaStep.stepped(theta, differenceGradient(theta, shifted), settings.innerStep());
      if (settings.mix() == 1) {
        return pairGradients(new double[][] {stepped}, step)[0];
      }
      double[][] both = pairGradients(new double[][] {theta, stepped}, step);
      return MetaStep.mixed(both[0], both[1], settings.mix());
    }

    private double[][] pairGradients(double[][] points, int step) {
      Broadcast<double[][]> shared = context.broadcast(points);
      try {
        double[][] acc = batches.mapPartitions(new PairBatchGradient(shared, objective, step))
            .treeReduce(PairBatchGradient::sum, DEPTH);
        losses.add(acc[0][size]);
        double[][] out = new double[points.length][];
        for (int p = 0; p < points.length; p++) {
          out[p] = Arrays.copyOf(acc[p], size);
        }
        return out;
      } finally {
        shared.destroy();
      }
    }

    private double[] differenceGradient(double[] theta, ShiftedObjective shifted) {
      Broadcast<double[]> shared = context.broadcast(theta);
      try {
        double[] acc = groups.mapPartitions(new ShiftedGradient(shared, shifted))
            .treeReduce(DoubleArrays::addInto, DEPTH);
        differences.add(acc[size]);
        return Arrays.copyOf(acc, size);
      } finally {
        shared.destroy();
      }
    }

    double[] losses() {
      return losses.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double[] differences() {
      return differences.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }
}
