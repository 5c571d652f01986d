package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.bench.BenchTrainConfig;
import io.rewardlake.jobs.bench.TrainBench;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.train.TrainConfig;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-train", mixinStandardHelpOptions = true,
    description = {"Benchmark: the built-in ensemble trainer vs MLlib LogisticRegression on the same features.",
        "Side by side in one run on the lake's pairs: MLlib (1 model), built-in (1 member) and built-in (M members);",
        "prints held-out accuracy, time and the ratio. Writes nothing to the lake."},
    footer = {"", "Examples:",
        "  rewardlake bench-train                      # the embedded lake: train split vs test split",
        "  rewardlake ingest --lake /tmp/hh --format hh-rlhf --input hh-rlhf-harmless-base/test.jsonl.gz",
        "  rewardlake bench-train --lake /tmp/hh --cv-folds 2",
        "", "Train settings (train.*) apply to both sides; see 'rewardlake train --help'."})
final class BenchTrainCommand extends JobCommand<BenchTrainConfig> {
  @Option(names = "--members", description = "Ensemble size of the built-in side (default ${bundle:default.train.members}).")
  Integer members;
  @Option(names = "--folds", description = "K of the built-in side's kfold (default ${bundle:default.train.folds}).")
  Integer folds;
  @Option(names = "--cv-folds", description = "0 (default): evaluate on the test split; K >= 2: K-fold"
      + " cross-validation over all pairs.")
  int crossValidationFolds;
  @Option(names = "--no-warmup", description = "Skip the untimed warm-up round.")
  boolean noWarmup;
  @Option(names = "--baseline-iterations", description = "MLlib's iteration cap (default: train.max_iterations).")
  Integer baselineIterations;

  @Override
  String job() {
    return "bench-train";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.TRAIN_MEMBERS, members, ConfigKeys.TRAIN_FOLDS, folds);
  }

  @Override
  BenchTrainConfig config(Settings settings) {
    TrainConfig train = TrainConfig.from(settings);
    return new BenchTrainConfig(train, crossValidationFolds, !noWarmup,
        baselineIterations == null ? train.optimizer().maxIterations() : baselineIterations);
  }

  @Override
  List<String> run(SparkSession spark, BenchTrainConfig config, RunContext run) {
    return TrainBench.run(spark, config);
  }
}
