package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.clean.CleanConfig;
import io.rewardlake.jobs.clean.CleanJob;
import io.rewardlake.jobs.clean.Policies;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.RunContext;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "clean", mixinStandardHelpOptions = true,
    description = {"Apply a cleaning policy to every pair's preference strength (the 'strength' table written by",
        "'vote') and write 'pairs_clean': flip strongly negative pairs, label-smooth ambiguous ones, give confident",
        "ones an adaptive margin, drop or keep the rest. Every row says what was done and why."},
    footer = {"", "Examples:",
        "  rewardlake clean                                    # preset secrets-ii on ensemble main",
        "  rewardlake clean --policy conservative --ensemble main",
        "  rewardlake clean --show-policy secrets-ii > my-policy.yaml",
        "  rewardlake clean --policy my-policy.yaml",
        "  rewardlake train --input pairs_clean --ensemble cleaned   # then train on the result",
        "", "Presets: secrets-ii (default: flip / smooth / margin, after arXiv 2401.06080), conservative (drop",
        "instead of flip), flip-only, none (keep every pair). Thresholds are absolute values or corpus quantiles",
        "(\"q0.15\"). Rules apply in the order drop, flip, smooth, margin; the first that applies decides.",
        "Pairs the ensemble did not vote on are kept; unlabelled pairs are dropped (weight 0, row kept).",
        "Settings precedence: key defaults < --config < --set < these options."})
final class CleanCommand extends JobCommand<CleanConfig> {
  @Option(names = "--ensemble", description = "Ensemble whose strength rows to use (default ${bundle:default.clean.ensemble}).")
  String ensemble;
  @Option(names = "--policy", paramLabel = "NAME|FILE",
      description = "Preset name or policy YAML file (default ${bundle:default.clean.policy}).")
  String policy;
  @Option(names = "--show-policy", paramLabel = "NAME",
      description = "Print the preset's YAML (with comments) and exit; a starting point for your own policy.")
  String showPolicy;

  @Override
  public Integer call() {
    if (showPolicy != null) {
      System.out.print(Policies.presetYaml(showPolicy));
      return Cli.OK;
    }
    return super.call();
  }

  @Override
  String job() {
    return "clean";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.CLEAN_ENSEMBLE, ensemble, ConfigKeys.CLEAN_POLICY, policy);
  }

  @Override
  CleanConfig config(Settings settings) {
    return CleanConfig.from(settings);
  }

  @Override
  List<String> run(SparkSession spark, CleanConfig config, RunContext run) {
    return CleanJob.run(spark, config, run).lines();
  }
}
