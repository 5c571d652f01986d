package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.bench.LabelBench;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.RunContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-label", mixinStandardHelpOptions = true,
    description = {"Benchmark: HTTP judge throughput vs its ideal bound. Starts an OpenAI-compatible server on",
        "loopback that answers each request after a fixed latency; with C requests in flight the bound is",
        "C / (2 x latency) pairs/s. Side by side: the bare client (no Spark) and the whole label job (Spark tasks,",
        "micro-batch commits). Works in a scratch lake, never in --lake."},
    footer = {"", "Examples:",
        "  rewardlake bench-label",
        "  rewardlake bench-label --pairs 20000 --concurrency 64 --latency-ms 50"})
final class BenchLabelCommand extends JobCommand<LabelBench.Settings> {
  @Option(names = "--pairs", description = "Pairs to judge (default ${DEFAULT-VALUE}).")
  int pairs = 12_000;
  @Option(names = "--concurrency", description = "Requests in flight (default ${DEFAULT-VALUE}).")
  int concurrency = 32;
  @Option(names = "--latency-ms", description = "The server's fixed latency per request (default ${DEFAULT-VALUE}).")
  long latencyMs = 50;
  @Option(names = "--batch-pairs", description = "label.batch_pairs of the job (default ${bundle:default.label.batch_pairs}).")
  int batchPairs = ConfigKeys.LABEL_BATCH_PAIRS.defaultValue();
  @Option(names = "--scratch", paramLabel = "DIR",
      description = "Scratch lake, replaced by the run (default <tmp>/rewardlake-bench-label).")
  String scratch = Path.of(System.getProperty("java.io.tmpdir"), "rewardlake-bench-label").toString();

  @Override
  String job() {
    return "bench-label";
  }

  @Override
  Map<String, String> options() {
    return Map.of();
  }

  @Override
  LabelBench.Settings config(Settings settings) {
    if (pairs < 1 || concurrency < 1 || latencyMs < 1 || batchPairs < 1) {
      throw new ConfigException("--pairs, --concurrency, --latency-ms and --batch-pairs must be at least 1");
    }
    return new LabelBench.Settings(Path.of(scratch).toAbsolutePath().toString(), pairs, concurrency, latencyMs,
        batchPairs);
  }

  @Override
  List<String> run(SparkSession spark, LabelBench.Settings config, RunContext run) {
    return LabelBench.run(spark, config);
  }
}
