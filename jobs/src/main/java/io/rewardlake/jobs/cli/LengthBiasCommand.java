package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.evaluate.LengthBias;
import io.rewardlake.jobs.evaluate.LengthBiasConfig;
import io.rewardlake.jobs.lake.RunContext;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "length-bias", mixinStandardHelpOptions = true,
    description = {"Audit length bias: how often the labels, and each ensemble's votes, prefer the longer response",
        "(the accuracy of 'pick the longer' against the labels), the mean P(longer preferred), and how strongly the",
        "vote's strength follows the log length ratio (correlation, least-squares slope), overall and per source,",
        "split or meta key. Results go to the evaluations table (evaluation length_bias). clean",
        "--set clean.length_debias=true then cleans on strength with the length slope taken out."},
    footer = {"", "Examples:",
        "  rewardlake length-bias",
        "  rewardlake length-bias --by meta:generator_b --ensemble main"})
final class LengthBiasCommand extends JobCommand<LengthBiasConfig> {
  @Option(names = "--by", paramLabel = "source|split|meta:KEY",
      description = "Breakdown besides 'all' (default ${bundle:default.length_bias.by}).")
  String by;
  @Option(names = "--ensemble", split = ",", paramLabel = "ID",
      description = "Ensembles (or juries) of strength to measure (default: all with strength rows).")
  List<String> ensembles;

  @Override
  String job() {
    return "length-bias";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.LENGTH_BIAS_BY, by, ConfigKeys.LENGTH_BIAS_ENSEMBLES, ensembles);
  }

  @Override
  LengthBiasConfig config(Settings settings) {
    return LengthBiasConfig.from(settings);
  }

  @Override
  List<String> run(SparkSession spark, LengthBiasConfig config, RunContext run) {
    return LengthBias.run(spark, config, run).lines();
  }
}
