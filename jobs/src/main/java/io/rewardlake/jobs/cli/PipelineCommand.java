package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.config.YamlConfig;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.label.LabelPreflight;
import io.rewardlake.jobs.pipeline.PipelineConfig;
import io.rewardlake.jobs.pipeline.PipelineJob;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = {"Run the stages in order (the main job).",
        "With no arguments: the embedded default (conf/pipeline-local.yaml): a 20,000-pair synthetic corpus",
        "ingested into ./lakehouse."},
    footer = {"", "Settings precedence: conf/pipeline-local.yaml (only without --config) < --config < --set < options."})
final class PipelineCommand extends JobCommand<PipelineConfig> {
  @Option(names = "--stages", paramLabel = "STAGE,...", description = "Stages to run, in order (default ${bundle:default.pipeline.stages}).")
  String stages;

  @Override
  String job() {
    return "pipeline";
  }

  @Override
  Map<String, String> baseLayer() {
    return YamlConfig.loadResource(YamlConfig.LOCAL_PIPELINE_RESOURCE);
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.PIPELINE_STAGES, stages);
  }

  @Override
  PipelineConfig config(Settings settings) {
    return PipelineConfig.from(settings);
  }

  @Override
  PipelineConfig beforeSpark(PipelineConfig config) {
    return config.label() == null ? config : config.withLabel(LabelPreflight.check(config.label(), System::getenv));
  }

  @Override
  List<String> run(SparkSession spark, PipelineConfig config, RunContext run) {
    return PipelineJob.run(spark, config, run).lines();
  }
}
