package io.rewardlake.jobs.pipeline;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.ingest.IngestConfig;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.synth.SynthConfig;
import io.rewardlake.jobs.train.TrainConfig;
import java.util.List;

/**
 * Typed config of {@code pipeline}: the stages and each stage's own config. When the pipeline synthesises a corpus
 * and ingest.input is not set, ingest reads the synthetic pairs file.
 *
 * @param synth null when the synth stage does not run
 * @param ingest null when the ingest stage does not run
 * @param train null when the train stage does not run
 */
public record PipelineConfig(String lake, List<String> stages, SynthConfig synth, IngestConfig ingest,
    TrainConfig train) {

  public PipelineConfig {
    stages = List.copyOf(stages);
  }

  public static PipelineConfig from(Settings settings) {
    List<String> stages = settings.get(ConfigKeys.PIPELINE_STAGES);
    SynthConfig synth = SynthConfig.from(settings);
    IngestConfig ingest = stages.contains("ingest")
        ? IngestConfig.from(settings, stages.contains("synth") ? List.of(synth.pairsOutput()) : List.of())
        : null;
    TrainConfig train = stages.contains("train") ? TrainConfig.from(settings) : null;
    return new PipelineConfig(LakePaths.root(settings), stages, stages.contains("synth") ? synth : null, ingest,
        train);
  }
}
