package io.rewardlake.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.config.YamlConfig;
import io.rewardlake.jobs.pipeline.PipelineConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each stage alone gets the settings it would have had in the whole pipeline at that size. */
class ScaleBenchTest {
  private static BenchScaleConfig config(Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>(YamlConfig.loadResource(YamlConfig.LOCAL_PIPELINE_RESOURCE));
    settings.putAll(extra);
    return new BenchScaleConfig(List.of(100L), List.of("synth", "ingest", "train"), null, 0, settings);
  }

  @TempDir
  Path dir;

  @Test
  void ingestAloneReadsTheFileSynthWroteAsThePipelineWouldHaveFedIt() throws java.io.IOException {
    Path lake = dir.resolve("pairs-100");
    // synth's output exists when ingest runs; a configured input is checked for existence
    java.nio.file.Files.createDirectories(lake.resolve("raw"));
    java.nio.file.Files.writeString(lake.resolve("raw/synth.jsonl"), "");
    Settings ingest = ScaleBench.stageSettings(config(Map.of()), "ingest", 100, lake);
    Settings whole = Settings.resolve(YamlConfig.loadResource(YamlConfig.LOCAL_PIPELINE_RESOURCE),
        Map.of("lake", lake.toString(), "synth.pairs", "100", "pipeline.stages", "synth,ingest"));
    assertThat(PipelineConfig.from(ingest).ingest().inputs()).isEqualTo(PipelineConfig.from(whole).ingest().inputs())
        .hasSize(1).allMatch(input -> input.endsWith(lake.resolve("raw/synth.jsonl").toString()));
    assertThat(ingest.get(ConfigKeys.SYNTH_PAIRS)).isEqualTo(100);
    assertThat(ingest.get(ConfigKeys.PIPELINE_STAGES)).containsExactly("ingest");
    assertThat(ingest.get(ConfigKeys.PIPELINE_REPORT)).isFalse();
  }

  @Test
  void otherStagesAndAGivenIngestInputAreLeftAsTheyAre() {
    Path lake = dir.resolve("pairs-100");
    assertThat(ScaleBench.stageSettings(config(Map.of()), "train", 100, lake).isSet(ConfigKeys.INGEST_INPUT))
        .isFalse();
    Settings given = ScaleBench.stageSettings(config(Map.of("ingest.input", "/data/prefs.jsonl")), "ingest", 100,
        lake);
    assertThat(given.get(ConfigKeys.INGEST_INPUT)).containsExactly("/data/prefs.jsonl");
  }
}
