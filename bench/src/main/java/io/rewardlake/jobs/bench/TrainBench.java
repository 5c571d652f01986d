package io.rewardlake.jobs.bench;

import io.rewardlake.core.train.Evaluation;
import io.rewardlake.core.train.PairMetrics;
import io.rewardlake.core.train.SubsetScheme;
import io.rewardlake.core.train.PairBlock;
import io.rewardlake.core.train.TrainingExample;
import io.rewardlake.core.train.TrainingSubsets;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.train.TrainConfig;
import io.rewardlake.jobs.train.TrainingInput;
import io.rewardlake.spark.train.EnsembleTrainer;
import io.rewardlake.spark.train.FeaturizePairs;
import io.rewardlake.spark.train.OptimizerSettings;
import io.rewardlake.spark.train.TrainedWeights;
import io.rewardlake.spark.train.TrainingRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code bench-train}: on one featurization of the lake's pairs, side by side in one run, MLlib
 * {@code LogisticRegression} (one model) against the built-in trainer with one member and with the full ensemble.
 * Prints held-out accuracy of each, the time of each, and the ratio ensemble / MLlib. Featurization is shared and
 * not timed; each timed step includes its own data preparation and caching.
 */
public final class TrainBench {
  private static final String STAGE = "bench-train";

  private TrainBench() {}

  public static List<String> run(SparkSession spark, BenchTrainConfig config) {
    TrainConfig train = config.train();
    TrainingInput input = TrainingInput.read(new Lakehouse(spark, train.lake()), train);
    boolean crossValidate = config.crossValidationFolds() > 0;
    int folds = config.crossValidationFolds();
    TrainingSubsets subsets = crossValidate
        ? new TrainingSubsets(SubsetScheme.KFOLD, folds, folds, train.subsets().seed()) : train.subsets();
    Set<String> trainSplits = crossValidate ? allSplits(input) : new HashSet<>(train.splits());
    long start = System.nanoTime();
    int partitions = train.partitions() > 0 ? train.partitions() : spark.sparkContext().defaultParallelism();
    JavaRDD<TrainingExample> examples = input.rows().repartition(partitions).javaRDD()
        .mapPartitions(new FeaturizePairs(train.featurizer(), subsets, trainSplits))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<PairBlock> blocks = EnsembleTrainer.pack(examples).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long count = examples.count();
      blocks.count();
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "bench-train: %,d pairs, 2^%d features, lambda %g, at most %d iterations;"
          + " featurized once in %.1f s (not timed below)", count, train.featurizer().hashBits(),
          train.optimizer().l2(), train.optimizer().maxIterations(), seconds(start)));
      if (config.warmup()) {
        warmUp(spark, examples, blocks, config);
      }
      lines.addAll(crossValidate ? crossValidation(spark, examples, blocks, config, folds)
          : testSplit(spark, examples, blocks, config));
      return lines;
    } finally {
      blocks.unpersist(false);
      examples.unpersist(false);
    }
  }

  private static List<String> testSplit(SparkSession spark, JavaRDD<TrainingExample> examples,
      JavaRDD<PairBlock> blocks, BenchTrainConfig config) {
    int dimension = config.featurizer().dimension();
    OptimizerSettings settings = config.optimizer();
    int members = config.train().subsets().members();
    Progress.say(STAGE, "MLlib LogisticRegression, one model");
    Timed<LogisticBaseline.Fit> mllib = time(() -> LogisticBaseline.fit(spark, examples, dimension, -1, settings, config.baselineIterations()));
    JavaRDD<PairBlock> single = EnsembleTrainer.pack(examples.map(TrainBench::asSingleModel))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Progress.say(STAGE, "built-in trainer, one member on every training pair");
      Timed<TrainedWeights> one = time(() -> EnsembleTrainer.train(single, dimension, 1, settings));
      Progress.say(STAGE, "built-in trainer, " + members + " members");
      Timed<TrainedWeights> ensemble = time(() -> EnsembleTrainer.train(blocks, dimension, members, settings));
      Evaluation baseline = EnsembleTrainer.evaluate(single, weightsOf(List.of(mllib.value().coefficients())));
      Evaluation mine = EnsembleTrainer.evaluate(single, one.value());
      Evaluation theirs = EnsembleTrainer.evaluate(blocks, ensemble.value());
      List<String> lines = new ArrayList<>();
      lines.add(row("MLlib LogisticRegression, 1 model", mllib.seconds(), baseline.slice("ensemble", "test"),
          baseline.slice("ensemble", "test_truth"), mllib.value().iterations(), mllib.value().objective()));
      lines.add(row("built-in, 1 member (scheme all)", one.seconds(), mine.slice("ensemble", "test"),
          mine.slice("ensemble", "test_truth"), one.value().iterations(), one.value().finalLoss()));
      lines.add(row("built-in, " + members + " members (" + config.train().subsets().scheme().id() + ")",
          ensemble.seconds(), theirs.slice("ensemble", "test"), theirs.slice("ensemble", "test_truth"),
          ensemble.value().iterations(), ensemble.value().finalLoss() / members));
      double gap = 100 * (accuracy(mine, "test") - accuracy(baseline, "test"));
      lines.add(String.format(Locale.ROOT, "ratio: built-in %d members / MLlib 1 model = %.2fx time (target < 2x);"
          + " 1-member accuracy minus MLlib = %+.2f points (target within 0.5)", members,
          ensemble.seconds() / mllib.seconds(), gap));
      return lines;
    } finally {
      single.unpersist(false);
    }
  }

  private static List<String> crossValidation(SparkSession spark, JavaRDD<TrainingExample> examples,
      JavaRDD<PairBlock> blocks, BenchTrainConfig config, int folds) {
    int dimension = config.featurizer().dimension();
    OptimizerSettings settings = config.optimizer();
    Progress.say(STAGE, "MLlib LogisticRegression, one model per fold (" + folds + " fits)");
    Timed<List<LogisticBaseline.Fit>> mllib = time(() -> {
      List<LogisticBaseline.Fit> models = new ArrayList<>();
      for (int fold = 0; fold < folds; fold++) {
        models.add(LogisticBaseline.fit(spark, examples, dimension, fold, settings, config.baselineIterations()));
      }
      return models;
    });
    Progress.say(STAGE, "built-in trainer, " + folds + " fold members in one run");
    Timed<TrainedWeights> mine = time(() -> EnsembleTrainer.train(blocks, dimension, folds, settings));
    Evaluation baseline = EnsembleTrainer.evaluate(blocks,
        weightsOf(mllib.value().stream().map(LogisticBaseline.Fit::coefficients).toList()));
    double baselineObjective = mllib.value().stream().mapToDouble(LogisticBaseline.Fit::objective).average().orElse(0);
    int baselineIterations = mllib.value().stream().mapToInt(LogisticBaseline.Fit::iterations).max().orElse(0);
    Evaluation ours = EnsembleTrainer.evaluate(blocks, mine.value());
    List<String> lines = new ArrayList<>();
    lines.add(row("MLlib LogisticRegression, " + folds + " fits", mllib.seconds(), baseline.slice("ensemble", "oof"),
        baseline.slice("ensemble", "oof_truth"), baselineIterations, baselineObjective));
    lines.add(row("built-in, " + folds + " members in one run", mine.seconds(), ours.slice("ensemble", "oof"),
        ours.slice("ensemble", "oof_truth"), mine.value().iterations(), mine.value().finalLoss() / folds));
    lines.add(String.format(Locale.ROOT, "ratio: built-in / MLlib = %.2fx time; %d-fold cross-validated accuracy"
        + " %.4f (built-in) vs %.4f (MLlib)", mine.seconds() / mllib.seconds(), folds, accuracy(ours, "oof"),
        accuracy(baseline, "oof")));
    return lines;
  }

  /** Runs every timed step once on a few iterations so the timed runs start with a warm JIT and Spark. */
  private static void warmUp(SparkSession spark, JavaRDD<TrainingExample> examples, JavaRDD<PairBlock> blocks,
      BenchTrainConfig config) {
    Progress.say(STAGE, "warm-up (untimed)");
    OptimizerSettings brief = new OptimizerSettings(config.optimizer().l2(), 3, config.optimizer().tolerance(),
        config.optimizer().corrections(), config.optimizer().labelSmoothing());
    int dimension = config.featurizer().dimension();
    LogisticBaseline.fit(spark, examples, dimension, -1, brief, 3);
    EnsembleTrainer.train(blocks, dimension, examples.first().members(), brief);
  }

  private static TrainingExample asSingleModel(TrainingExample example) {
    return example.withMultiplicities(new byte[] {(byte) (example.evaluationOnly() ? 0 : 1)});
  }

  private static TrainedWeights weightsOf(List<double[]> models) {
    return new TrainedWeights(LogisticBaseline.pack(models), models.size(), new double[0], 0);
  }

  private static Set<String> allSplits(TrainingInput input) {
    Set<String> splits = new HashSet<>();
    for (Row row : input.rows().select(TrainingRows.SPLIT).distinct().collectAsList()) {
      splits.add(row.getString(0));
    }
    return splits;
  }

  /** One side's figures; the objective is the training objective (mean loss + L2 term) where it stopped. */
  private static String row(String label, double seconds, PairMetrics labels, PairMetrics truth, int iterations,
      double objective) {
    String versusTruth = truth == null ? "" : String.format(Locale.ROOT, ", vs truth %.4f", truth.accuracy());
    return String.format(Locale.ROOT, "  %-38s %7.2f s   held-out accuracy %.4f on %,d pairs%s; log-loss %.4f;"
        + " %d iterations, objective %.4f", label, seconds, labels.accuracy(), labels.pairs(), versusTruth,
        labels.logLoss(), iterations, objective);
  }

  private static double accuracy(Evaluation evaluation, String slice) {
    return evaluation.slice("ensemble", slice).accuracy();
  }

  private static <T> Timed<T> time(Supplier<T> step) {
    long start = System.nanoTime();
    T value = step.get();
    return new Timed<>(value, seconds(start));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private record Timed<T>(T value, double seconds) {}
}
