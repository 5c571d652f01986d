package io.rewardlake.jobs.cli;

import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.neural.DevicePolicy;
import io.rewardlake.core.neural.NeuralModelSpec;
import io.rewardlake.jobs.bench.djl.BenchEnsemble;
import io.rewardlake.jobs.bench.djl.DjlBench;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.lake.RunContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-djl", mixinStandardHelpOptions = true,
    description = {"Benchmark: a DJL reward model (family djl) scored through the vote path vs a plain row UDF.",
        "The lake's pairs are cached, then scored side by side in one run with the executor's one loaded copy of",
        "the model: (a) VotePartition over a one-member ensemble (length-bucketed calls of batch_size sequences),",
        "(b) a Spark row UDF calling the model on one sequence at a time. Both are warmed up first. Prints pairs/s,",
        "tokens/s (tokens after formatting and truncation) and the ratio, and fails unless both paths give the same",
        "reward differences (within 1e-4). Writes nothing to the lake."},
    footer = {"", "The benchmark model (random weights, about 1 MFLOP per token) is generated, not shipped:",
        "  /usr/bin/python3 udfs/src/test/python/make_djl_fixtures.py --bench /tmp/rm-bench \\",
        "      --vocab-from hh-rlhf/harmless-base/test.jsonl.gz",
        "", "Examples:",
        "  rewardlake ingest --lake /tmp/hh --format hh-rlhf --input hh-rlhf/harmless-base/test.jsonl.gz",
        "  rewardlake bench-djl --lake /tmp/hh --model /tmp/rm-bench",
        "  rewardlake bench-djl --lake /tmp/hh --model udfs/src/test/resources/djl/rm-tiny --runs 3",
        "  rewardlake bench-djl --lake /tmp/hh --model /tmp/rm-bench --batch-size 64 --pairs 500",
        "  rewardlake bench-djl --lake /tmp/hh --model /tmp/rm-bench --device gpu   # GPU host, built with -Pgpu"})
final class BenchDjlCommand extends JobCommand<DjlBench.Settings> {
  static final String DEFAULT_MODEL = Path.of(System.getProperty("java.io.tmpdir"), "rm-bench").toString();

  @Option(names = "--model", paramLabel = "DIR",
      description = "DJL reward model directory (model.json, model.onnx, tokenizer.json); default ${DEFAULT-VALUE}.")
  String model = DEFAULT_MODEL;
  @Option(names = "--pairs", paramLabel = "N", description = "Score the first N pairs by pair id (default all).")
  int pairs;
  @Option(names = "--partitions", paramLabel = "N",
      description = "Spark partitions the pairs are cached in (default Spark's default parallelism).")
  int partitions;
  @Option(names = "--batch-size", paramLabel = "N",
      description = "Override the model's batch_size (sequences per model call) for the vote path.")
  int batchSize;
  @Option(names = "--device", paramLabel = "auto|cpu|gpu",
      description = "Override the model's device, e.g. gpu on a GPU executor (see docs/BENCHMARKS.md, GPU profile).")
  String device;
  @Option(names = "--vote-batch-size", paramLabel = "N",
      description = "Pairs per vote batch, as vote.batch_size (default ${DEFAULT-VALUE}).")
  int voteBatchSize = ConfigKeys.VOTE_BATCH_SIZE.defaultValue();
  @Option(names = "--runs", paramLabel = "N", description = "Timed runs per path; the median is reported (default ${DEFAULT-VALUE}).")
  int runs = 1;
  @Option(names = "--warmup-pairs", paramLabel = "N",
      description = "Pairs each path scores untimed first (default ${DEFAULT-VALUE}).")
  int warmupPairs = 256;

  @Override
  String job() {
    return "bench-djl";
  }

  @Override
  Map<String, String> options() {
    return Map.of();
  }

  @Override
  DjlBench.Settings config(Settings settings) {
    if (pairs < 0 || partitions < 0 || batchSize < 0) {
      throw new ConfigException("--pairs, --partitions and --batch-size must not be negative");
    }
    if (voteBatchSize < 1 || runs < 1 || warmupPairs < 1) {
      throw new ConfigException("--vote-batch-size, --runs and --warmup-pairs must be at least 1");
    }
    if (device != null && !DevicePolicy.ids().contains(device)) {
      throw new ConfigException("--device must be one of " + DevicePolicy.ids() + ", got '" + device + "'");
    }
    Path directory = Path.of(model).toAbsolutePath().normalize();
    requireRewardModel(directory);
    return new DjlBench.Settings(LakePaths.root(settings), directory, pairs, partitions,
        new BenchEnsemble.Overrides(batchSize, device), voteBatchSize, runs, warmupPairs);
  }

  /** Checked before Spark starts, with the way to get the model when it is missing. */
  static void requireRewardModel(Path directory) {
    if (!Files.isRegularFile(directory.resolve(ModelStore.METADATA))) {
      throw new ConfigException("No DJL reward model at " + directory + " (no " + ModelStore.METADATA + "). Generate"
          + " the benchmark model with '/usr/bin/python3 udfs/src/test/python/make_djl_fixtures.py --bench "
          + directory + " --vocab-from hh-rlhf/harmless-base/test.jsonl.gz' (needs python3-onnx and"
          + " python3-numpy), or pass --model DIR, e.g. --model udfs/src/test/resources/djl/rm-tiny.");
    }
    String family;
    try {
      family = ModelStore.readMetadata(new LocalModelFiles(directory)).family();
    } catch (IOException | RuntimeException e) {
      throw new ConfigException("Cannot read " + directory.resolve(ModelStore.METADATA) + ": " + e.getMessage());
    }
    if (!NeuralModelSpec.REWARD_FAMILY.equals(family)) {
      throw new ConfigException(directory + " holds a model of family '" + family + "'; bench-djl measures a"
          + " reward model of family '" + NeuralModelSpec.REWARD_FAMILY + "'.");
    }
  }

  @Override
  List<String> run(SparkSession spark, DjlBench.Settings config, RunContext run) {
    return DjlBench.run(spark, config);
  }
}
