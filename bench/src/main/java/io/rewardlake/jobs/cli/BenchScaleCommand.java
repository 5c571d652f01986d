package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.bench.BenchScaleConfig;
import io.rewardlake.jobs.bench.ScaleBench;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.config.YamlConfig;
import io.rewardlake.jobs.lake.RunContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-scale", mixinStandardHelpOptions = true,
    description = {"Benchmark: the pipeline's stages at growing corpus sizes, and how the cost per pair grows.",
        "Runs the stages one by one on a synthetic corpus of each size (each in a lake of its own, in one JVM),",
        "then prints seconds, pairs/s and seconds per 10^5 pairs per stage, the growth of the time per pair per",
        "10x in size (1.0 = flat) and the peak heap in use. Settings are the pipeline's (conf/pipeline-local.yaml",
        "< --config < --set); the corpus size and lake are set per size."},
    footer = {"", "Examples:",
        "  rewardlake bench-scale                                    # the default sizes",
        "  rewardlake bench-scale --sizes 100000,1000000,10000000 --work /data/bench-scale",
        "  rewardlake bench-scale --sizes 20000,200000 --stages synth,ingest,train,vote,clean,reward",
        "", "REWARDLAKE_DRIVER_MEMORY sets the launcher's heap; the table prints the limit the run had."})
final class BenchScaleCommand extends JobCommand<BenchScaleConfig> {
  @Option(names = "--sizes", paramLabel = "N,...", defaultValue = BenchScaleConfig.DEFAULT_SIZES,
      description = "Corpus sizes in pairs, increasing (default ${DEFAULT-VALUE}).")
  String sizes;
  @Option(names = "--stages", paramLabel = "STAGE,...", defaultValue = BenchScaleConfig.DEFAULT_STAGES,
      description = "Stages timed, in pipeline order, starting with synth (default ${DEFAULT-VALUE}).")
  String stages;
  @Option(names = "--work", paramLabel = "DIR", description = "Folder for the lakes, kept after the run"
      + " (default: a temporary folder, deleted at the end).")
  String work;
  @Option(names = "--warmup-pairs", paramLabel = "N", defaultValue = "" + BenchScaleConfig.DEFAULT_WARMUP_PAIRS,
      description = "Pairs of an untimed warm-up run first; 0: none (default ${DEFAULT-VALUE}).")
  long warmupPairs;

  @Override
  String job() {
    return "bench-scale";
  }

  @Override
  Map<String, String> baseLayer() {
    return YamlConfig.loadResource(YamlConfig.LOCAL_PIPELINE_RESOURCE);
  }

  @Override
  Map<String, String> options() {
    return Map.of();
  }

  @Override
  BenchScaleConfig config(Settings settings) {
    return new BenchScaleConfig(parseSizes(sizes), Arrays.stream(stages.split(",")).map(String::strip).toList(),
        work, warmupPairs, settings.explicitValues());
  }

  private static List<Long> parseSizes(String text) {
    try {
      return Arrays.stream(text.split(",")).map(String::strip).map(Long::parseLong).toList();
    } catch (NumberFormatException e) {
      throw new ConfigException("--sizes takes whole numbers separated by commas, got '" + text + "'");
    }
  }

  @Override
  List<String> run(SparkSession spark, BenchScaleConfig config, RunContext run) {
    return ScaleBench.run(spark, config);
  }
}
