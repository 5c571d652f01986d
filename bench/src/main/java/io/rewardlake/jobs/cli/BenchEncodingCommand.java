package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.bench.embed.EncodingBench;
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

@Command(name = "bench-encoding", mixinStandardHelpOptions = true,
    description = {"Benchmark: how prompt and response should enter a frozen backbone, measured on the lake's pairs.",
        "Three layouts, each with a linear Bradley-Terry head fitted two-fold by prompt: response only [r], separate",
        "embeddings with an interaction [r, p*r] (what the encoder family uses), and prompt and response embedded",
        "as one text [j]. Prints held-out accuracy, log-loss and ECE per layout and the embedding time of each.",
        "Embeds on the driver (all its cores); writes nothing to the lake."},
    footer = {"", "Examples:",
        "  rewardlake ingest --lake /tmp/hh --format hh-rlhf --input hh-rlhf/harmless-base/test.jsonl.gz",
        "  rewardlake bench-encoding --lake /tmp/hh --backbone e5",
        "  rewardlake bench-encoding --lake /tmp/alpaca --backbone minilm --pairs 3000 --l2 1e-4"})
final class BenchEncodingCommand extends JobCommand<EncodingBench.Settings> {
  @Option(names = "--backbone", paramLabel = "NAME|DIR",
      description = "A shipped backbone (minilm, e5, bge) or an encoder directory (default ${DEFAULT-VALUE}).")
  String backbone = "e5";
  @Option(names = "--pairs", paramLabel = "N", description = "Use the first N decided pairs by pair id (default all).")
  int pairs;
  @Option(names = "--l2", paramLabel = "X", description = "L2 penalty of the heads (default ${DEFAULT-VALUE}, as"
      + " train.encoder_l2).")
  double l2 = ConfigKeys.TRAIN_ENCODER_L2.defaultValue();
  @Option(names = "--iterations", paramLabel = "N", description = "Accelerated gradient steps per head (default"
      + " ${DEFAULT-VALUE}).")
  int iterations = 3_000;

  @Override
  String job() {
    return "bench-encoding";
  }

  @Override
  Map<String, String> options() {
    return Map.of();
  }

  @Override
  EncodingBench.Settings config(Settings settings) {
    if (pairs < 0 || l2 < 0 || iterations < 1) {
      throw new ConfigException("--pairs and --l2 must not be negative and --iterations must be at least 1");
    }
    return new EncodingBench.Settings(LakePaths.root(settings), Backbones.locations(List.of(backbone)).get(0), pairs,
        l2, iterations);
  }

  @Override
  List<String> run(SparkSession spark, EncodingBench.Settings config, RunContext run) {
    return EncodingBench.run(spark, config);
  }
}
