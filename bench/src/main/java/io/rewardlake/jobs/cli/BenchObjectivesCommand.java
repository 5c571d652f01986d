package io.rewardlake.jobs.cli;

import io.rewardlake.core.repr.Objective;
import io.rewardlake.jobs.bench.BenchObjectivesConfig;
import io.rewardlake.jobs.bench.ObjectiveBench;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.train.TrainConfig;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-objectives", mixinStandardHelpOptions = true,
    description = {"Benchmark: train objectives bt, contrastive, metarm and contrastive+metarm on one featurization,",
        "same hidden-layer settings and seeds; prints held-out accuracy against the ground truth per source",
        "(in-distribution and shifted). Writes nothing to the lake."},
    footer = {"", "Example (the synthetic corpus with its shifted part, see docs/BENCHMARKS.md, Representation-based training):",
        "  rewardlake synth --lake /tmp/lake --set synth.shifted_pairs=3000",
        "  rewardlake ingest --lake /tmp/lake --format jsonl --mode overwrite \\",
        "      --input /tmp/lake/raw/synth.jsonl,/tmp/lake/raw/synth_shifted.jsonl",
        "  rewardlake bench-objectives --lake /tmp/lake --members 1 --scheme all",
        "", "train.metarm_samples defaults to <lake>/raw/synth_shifted_samples.jsonl here; train.* keys apply."})
final class BenchObjectivesCommand extends JobCommand<BenchObjectivesConfig> {
  @Option(names = "--objectives", split = ",", description = "Objectives to compare (default: all four).")
  List<String> objectives;
  @Option(names = "--seeds", description = "Runs per objective, seeds train.seed, +1, ... (default ${DEFAULT-VALUE}).")
  int seeds = 1;
  @Option(names = "--members", description = "Ensemble size (default ${bundle:default.train.members}).")
  Integer members;
  @Option(names = "--scheme", description = "kfold (default), bootstrap or all.")
  String scheme;

  @Override
  String job() {
    return "bench-objectives";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.TRAIN_MEMBERS, members, ConfigKeys.TRAIN_SCHEME, scheme);
  }

  @Override
  BenchObjectivesConfig config(Settings settings) {
    Map<String, String> forced = new TreeMap<>(settings.explicitValues());
    forced.put(ConfigKeys.TRAIN_OBJECTIVE.name(), Objective.CONTRASTIVE_METARM.id());
    forced.putIfAbsent(ConfigKeys.TRAIN_METARM_SAMPLES.name(),
        LakePaths.root(settings) + "/raw/synth_shifted_samples.jsonl");
    TrainConfig train = TrainConfig.from(Settings.resolve(forced));
    try {
      List<Objective> chosen = objectives == null ? List.of(Objective.values())
          : objectives.stream().map(Objective::of).toList();
      return new BenchObjectivesConfig(train, chosen, seeds);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--objectives: " + e.getMessage());
    }
  }

  @Override
  List<String> run(SparkSession spark, BenchObjectivesConfig config, RunContext run) {
    return ObjectiveBench.run(spark, config);
  }
}
