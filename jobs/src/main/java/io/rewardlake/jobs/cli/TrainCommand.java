package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.train.TrainConfig;
import io.rewardlake.jobs.train.TrainJob;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train a reward-model ensemble on 'pairs' (or 'pairs_clean', 'pairs_ai') and record it in 'models'.",
        "Members differ in training subset (repeated k-fold or bootstrap, by a hash rule over pair_id), so every",
        "pair has members that never saw it; their held-out accuracy, log-loss and ECE go to 'models'."},
    footer = {"", "Examples:",
        "  rewardlake train --members 10 --scheme kfold --folds 5",
        "  rewardlake train --input pairs_clean --ensemble cleaned",
        "  rewardlake train --members 8 --scheme bootstrap --set train.l2=1e-3",
        "  rewardlake train --family encoder --backbones minilm,e5 --members 10",
        "  rewardlake train --objective contrastive+metarm --set train.metarm_samples=lakehouse/raw/synth_shifted_samples.jsonl",
        "", "The ensemble is written to <lake>/ensembles/<ensemble>/<run_id>/ (see models.path).",
        "Settings precedence: key defaults < --config < --set < these options."})
final class TrainCommand extends JobCommand<TrainConfig> {
  @Option(names = "--input", description = "pairs (default), pairs_clean or pairs_ai (label --distill).")
  String input;
  @Option(names = "--ensemble", description = "Ensemble id (default ${bundle:default.train.ensemble}); re-training replaces its models rows.")
  String ensemble;
  @Option(names = "--members", description = "Ensemble size M (default ${bundle:default.train.members}).")
  Integer members;
  @Option(names = "--scheme", description = "kfold (default), bootstrap, or all (a single model on every pair).")
  String scheme;
  @Option(names = "--folds", description = "K of kfold (default ${bundle:default.train.folds}); members = repeats x folds.")
  Integer folds;
  @Option(names = "--seed", description = "Seed of the subset hash rule (default ${bundle:default.train.seed}).")
  Long seed;
  @Option(names = "--splits", split = ",", description = "Splits to train on (default ${bundle:default.train.splits}); others are test data.")
  List<String> splits;
  @Option(names = "--l2", description = "L2 penalty per member (default ${bundle:default.train.l2}; the encoder family's heads use"
      + " train.encoder_l2, default ${bundle:default.train.encoder_l2}).")
  Double l2;
  @Option(names = "--max-iterations", description = "L-BFGS iterations at most (default ${bundle:default.train.max_iterations}).")
  Integer maxIterations;
  @Option(names = "--objective", description = "bt (default), contrastive, metarm or contrastive+metarm; the last"
      + " three train the hidden-layer family (train.hidden_units, default 16); metarm needs train.metarm_samples.")
  String objective;
  @Option(names = "--family", description = "builtin (default: hashed n-gram members) or encoder (linear heads over"
      + " frozen sentence-encoder embeddings, cached in the embeddings table).")
  String family;
  @Option(names = "--backbones", split = ",", description = "encoder family: backbones, by name (minilm, e5, bge:"
      + " unpacked into models/ by the build) or folder; members are spread over them round-robin (default ${bundle:default.train.backbones}).")
  List<String> backbones;

  @Override
  String job() {
    return "train";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.TRAIN_INPUT, input, ConfigKeys.TRAIN_ENSEMBLE, ensemble,
        ConfigKeys.TRAIN_MEMBERS, members, ConfigKeys.TRAIN_SCHEME, scheme, ConfigKeys.TRAIN_FOLDS, folds,
        ConfigKeys.TRAIN_SEED, seed, ConfigKeys.TRAIN_SPLITS, splits, ConfigKeys.TRAIN_L2, l2,
        ConfigKeys.TRAIN_MAX_ITERATIONS, maxIterations, ConfigKeys.TRAIN_OBJECTIVE, objective,
        ConfigKeys.TRAIN_FAMILY, family, ConfigKeys.TRAIN_BACKBONES, backbones);
  }

  @Override
  TrainConfig config(Settings settings) {
    return TrainConfig.from(settings);
  }

  @Override
  List<String> run(SparkSession spark, TrainConfig config, RunContext run) {
    return TrainJob.run(spark, config, run).lines();
  }
}
