package io.rewardlake.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The optional stages join a pipeline only when listed, with their own config checked before Spark starts. */
class PipelineStagesTest {

  @Test
  void decontaminateNearDuplicatesAndLengthBiasRunOnlyWhenListed() {
    PipelineConfig defaults = PipelineConfig.from(Settings.resolve(Map.of()));
    PipelineConfig listed = PipelineConfig.from(Settings.resolve(Map.of(
        "pipeline.stages", "decontaminate,near-duplicates,train,vote,length-bias,clean", "decontaminate.benchmarks",
        "mt-bench=q.jsonl", "length_bias.by", "meta:generator_b", "near_duplicates.of", "pair")));

    assertThat(defaults.decontaminate()).isNull();
    assertThat(defaults.lengthBias()).isNull();
    assertThat(defaults.nearDuplicates()).isNull();
    assertThat(listed.nearDuplicates().of()).isEqualTo("pair");
    assertThat(listed.decontaminate().benchmarks()).extracting(b -> b.name() + " " + b.path())
        .containsExactly("mt-bench q.jsonl");
    assertThat(listed.lengthBias().by()).isEqualTo("meta:generator_b");
  }

  @Test
  void listedStagesWithSettingsThatCannotWorkAreConfigurationErrors() {
    assertThatThrownBy(() -> PipelineConfig.from(Settings.resolve(Map.of("pipeline.stages", "decontaminate"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("at least one benchmark");
    assertThatThrownBy(() -> PipelineConfig.from(Settings.resolve(Map.of("pipeline.stages", "length-bias",
        "length_bias.by", "generator")))).isInstanceOf(ConfigException.class).hasMessageContaining("meta:KEY");
    assertThatThrownBy(() -> PipelineConfig.from(Settings.resolve(Map.of("pipeline.stages", "near-duplicates,clean",
        "clean.near_duplicates", "pair")))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("set near_duplicates.of=pair");
  }
}
