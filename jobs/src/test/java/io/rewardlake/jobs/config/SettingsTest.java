package io.rewardlake.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void defaultsApplyWhenNothingIsSet() {
    Settings settings = Settings.defaults();
    assertThat(settings.get(ConfigKeys.SYNTH_PAIRS)).isEqualTo(20_000);
    assertThat(settings.get(ConfigKeys.PIPELINE_STAGES)).containsExactly("synth", "ingest", "train", "vote", "label",
        "clean", "retrain", "evaluate", "reward");
    assertThat(settings.isSet(ConfigKeys.SYNTH_PAIRS)).isFalse();
  }

  @Test
  void laterLayersWin() {
    Settings settings = Settings.resolve(
        Map.of("synth.pairs", "10", "synth.seed", "1"),
        Map.of("synth.pairs", "20"),
        Map.of("synth.pairs", "30"));
    assertThat(settings.get(ConfigKeys.SYNTH_PAIRS)).isEqualTo(30);
    assertThat(settings.get(ConfigKeys.SYNTH_SEED)).isEqualTo(1L);
    assertThat(settings.explicitValues()).containsEntry("synth.pairs", "30");
  }

  @Test
  void unknownKeysAreRejectedWithTheValidOnes() {
    assertThatThrownBy(() -> Settings.resolve(Map.of("synth.pears", "3")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("Unknown configuration key [synth.pears]")
        .hasMessageContaining("synth.pears: did you mean synth.pairs?")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("ingest.format"));
    assertThatThrownBy(() -> Settings.resolve(Map.of("export.colour", "x")))
        .hasMessageContaining("export.colour: keys of export: [export.format,");
    assertThatThrownBy(() -> Settings.resolve(Map.of("zzz", "x")))
        .hasMessageContaining("zzz: no key is close; sections: [clean, decontaminate, embed, evaluate,");
  }

  @Test
  void invalidValuesNameKeyValueAndWhatIsAllowed() {
    assertThatThrownBy(() -> Settings.resolve(Map.of(
        "synth.flip_rate", "1.5", "ingest.format", "csv", "synth.pairs", "many", "pipeline.stages", "synth,polish")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("synth.flip_rate = '1.5': expected a number in [0.0, 1.0]")
        .hasMessageContaining("ingest.format = 'csv': expected one of [jsonl, hh-rlhf, parquet]")
        .hasMessageContaining("synth.pairs = 'many': expected a whole number")
        .hasMessageContaining("pipeline.stages = 'synth,polish': 'polish' is not one of [synth, ingest, decontaminate,"
            + " near-duplicates, train, vote, label, length-bias, clean, retrain, evaluate, reward]");
  }

  @Test
  void exportKeysParseBooleansInAnyCaseAndDefaultToTrlOverEverySplit() {
    Settings defaults = Settings.defaults();
    assertThat(defaults.get(ConfigKeys.EXPORT_FORMAT)).isEqualTo("trl");
    assertThat(defaults.get(ConfigKeys.EXPORT_INCLUDE_DROPPED)).isFalse();
    assertThat(defaults.get(ConfigKeys.EXPORT_SPLIT)).isEmpty();
    assertThat(Settings.resolve(Map.of("export.include_dropped", "TRUE")).get(ConfigKeys.EXPORT_INCLUDE_DROPPED))
        .isTrue();
  }

  @Test
  void yamlNestingBecomesDottedKeysAndListsJoin() throws Exception {
    String yaml = "lake: /tmp/x\npipeline:\n  stages: [synth]\ningest:\n  input:\n    - a.jsonl\n    - b.jsonl\n";
    Map<String, String> flat = YamlConfig.parse(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");

    assertThat(flat).containsExactlyInAnyOrderEntriesOf(Map.of(
        "lake", "/tmp/x", "pipeline.stages", "synth", "ingest.input", "a.jsonl,b.jsonl"));
    assertThat(Settings.resolve(flat).get(ConfigKeys.INGEST_INPUT)).isEqualTo(List.of("a.jsonl", "b.jsonl"));
  }

  @Test
  void malformedYamlIsAConfigError() {
    assertThatThrownBy(() -> YamlConfig.parse(
        new ByteArrayInputStream("a: [b".getBytes(StandardCharsets.UTF_8)), "bad.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("bad.yaml is not valid YAML");
    assertThatThrownBy(() -> YamlConfig.load(Path.of("no/such/file.yaml")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("does not exist");
  }

  @Test
  void packagedLocalPipelineConfigIsValidAndMatchesTheCheckedInFile() {
    Map<String, String> packaged = YamlConfig.loadResource(YamlConfig.LOCAL_PIPELINE_RESOURCE);
    assertThat(YamlConfig.load(Path.of("../conf/pipeline-local.yaml"))).isEqualTo(packaged);

    Settings settings = Settings.resolve(packaged);
    assertThat(settings.get(ConfigKeys.SYNTH_PAIRS)).isEqualTo(20_000);
    assertThat(settings.get(ConfigKeys.INGEST_LABEL_SOURCE)).isEqualTo("synthetic");
  }
}
