package io.rewardlake.jobs.cli;

import io.rewardlake.core.neural.DevicePolicy;
import io.rewardlake.jobs.bench.embed.EmbedBench;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.encoder.Backbones;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.lake.RunContext;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-embed", mixinStandardHelpOptions = true,
    description = {"Benchmark: texts to embeddings with a backbone, the Spark path vs a single-thread loop vs a row",
        "UDF.",
        "The distinct texts of the lake's pairs (prompts and responses, with the backbone's prefixes) are cached,",
        "then embedded side by side in one run: (a) the Spark path of the embedding stage (EmbedPartition tasks",
        "sharing the executor's one loaded backbone), (b) the floor: one thread on the driver with its own copy of",
        "the backbone run with one ONNX Runtime thread, no Spark, (c) a Spark row UDF, one text per call. Each path",
        "is warmed up, runs alternate, medians are reported. Prints texts/s, tokens/s, the padding share, the ratios",
        "to the floor and the hours 10^8 texts would take; fails unless the Spark path's vectors match the floor's.",
        "Writes nothing to the lake."},
    footer = {"", "Examples:",
        "  rewardlake ingest --lake /tmp/hh --format hh-rlhf --input hh-rlhf/harmless-base/test.jsonl.gz",
        "  rewardlake bench-embed --lake /tmp/hh --backbone e5 --texts 2000 --runs 3",
        "  rewardlake bench-embed --lake /tmp/hh --backbone minilm --threads 1",
        "  rewardlake bench-embed --lake /tmp/hh --backbone /models/my-encoder",
        "", "GPU profile (a GPU executor, a build with -Pgpu, and a float32 export: int8 backbones keep batch_size 1):",
        "  rewardlake bench-embed --lake /tmp/hh --backbone /models/e5-small-v2-fp32 --device gpu --batch-size 64"})
final class BenchEmbedCommand extends JobCommand<EmbedBench.Settings> {
  @Option(names = "--backbone", paramLabel = "NAME|DIR",
      description = "A shipped backbone (minilm, e5, bge) or an encoder directory (default ${DEFAULT-VALUE}).")
  String backbone = "e5";
  @Option(names = "--texts", paramLabel = "N",
      description = "Embed the first N distinct texts by hash, a sample blind to length and source (default all).")
  int texts;
  @Option(names = "--partitions", paramLabel = "N",
      description = "Spark partitions of the Spark path (default: the embedding stage's, every core busy and at"
          + " most 2,000 texts a task).")
  int partitions;
  @Option(names = "--batch-size", paramLabel = "N", description = "Override the backbone's batch_size (texts per"
      + " model call).")
  int batchSize;
  @Option(names = "--threads", paramLabel = "N", description = "Override the backbone's ONNX Runtime threads per call"
      + " on the Spark paths (0: the runtime's default, one per core). The floor always runs with 1.")
  int threads = -1;
  @Option(names = "--device", paramLabel = "auto|cpu|gpu", description = "Override the backbone's device.")
  String device;
  @Option(names = "--texts-per-batch", paramLabel = "N",
      description = "Texts a task embeds per batch, as embed.batch_size (default ${DEFAULT-VALUE}).")
  int textsPerBatch = ConfigKeys.EMBED_BATCH_SIZE.defaultValue();
  @Option(names = "--runs", paramLabel = "N", description = "Timed runs per path; the median is reported (default"
      + " ${DEFAULT-VALUE}).")
  int runs = 1;
  @Option(names = "--warmup-texts", paramLabel = "N",
      description = "Texts each path embeds untimed first (default ${DEFAULT-VALUE}).")
  int warmupTexts = 64;

  @Override
  String job() {
    return "bench-embed";
  }

  @Override
  Map<String, String> options() {
    return Map.of();
  }

  @Override
  EmbedBench.Settings config(Settings settings) {
    if (texts < 0 || partitions < 0 || batchSize < 0 || threads < -1) {
      throw new ConfigException("--texts, --partitions, --batch-size and --threads must not be negative");
    }
    if (textsPerBatch < 1 || runs < 1 || warmupTexts < 1) {
      throw new ConfigException("--texts-per-batch, --runs and --warmup-texts must be at least 1");
    }
    if (device != null && !DevicePolicy.ids().contains(device)) {
      throw new ConfigException("--device must be one of " + DevicePolicy.ids() + ", got '" + device + "'");
    }
    String location = Backbones.locations(List.of(backbone)).get(0);
    return new EmbedBench.Settings(LakePaths.root(settings), location, texts, partitions, batchSize, device, threads,
        textsPerBatch, runs, warmupTexts);
  }

  @Override
  List<String> run(SparkSession spark, EmbedBench.Settings config, RunContext run) {
    return EmbedBench.run(spark, config);
  }
}
