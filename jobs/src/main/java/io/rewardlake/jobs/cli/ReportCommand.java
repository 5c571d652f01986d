package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.report.ReportConfig;
import io.rewardlake.jobs.report.ReportJob;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write the lake's report: one self-contained HTML file (charts inlined, no scripts or fonts to",
        "fetch) with the strength histogram, mean vs std and deciles, cleaning actions by reason, reward-model",
        "accuracy and calibration, AI-labeller alignment and position consistency, and best-of-N curves.",
        "Sections whose table is missing say which job writes it. The pipeline writes it after its last stage."},
    footer = {"", "Examples:",
        "  rewardlake report                                # ./lakehouse/report/index.html",
        "  rewardlake report --lake /data/lake --output /tmp/report.html --ensemble cleaned"})
final class ReportCommand extends JobCommand<ReportConfig> {
  @Option(names = "--output", paramLabel = "FILE", description = "HTML file (default <lake>/report/index.html).")
  String output;
  @Option(names = "--ensemble", description = "Ensemble whose strength and calibration are shown (default ${bundle:default.report.ensemble}).")
  String ensemble;

  @Override
  String job() {
    return "report";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.REPORT_OUTPUT, output, ConfigKeys.REPORT_ENSEMBLE, ensemble);
  }

  @Override
  ReportConfig config(Settings settings) {
    return ReportConfig.from(settings);
  }

  @Override
  List<String> run(SparkSession spark, ReportConfig config, RunContext run) {
    return ReportJob.run(spark, config, run).lines();
  }
}
