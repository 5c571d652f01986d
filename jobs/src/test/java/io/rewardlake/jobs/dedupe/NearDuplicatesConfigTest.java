package io.rewardlake.jobs.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearDuplicatesConfigTest {
  @Test
  void defaultsComparePromptsAndFindAlmostEveryTextAtTheThreshold() {
    NearDuplicatesConfig config = NearDuplicatesConfig.from(Settings.resolve(Map.of()));
    assertThat(config.of()).isEqualTo("prompt");
    assertThat(config.shingle()).isEqualTo(3);
    assertThat(config.recallAtThreshold()).isCloseTo(0.981, within(0.001));
  }

  @Test
  void bandsThatWouldMissMostNearDuplicatesAreRefusedWithWhatToChange() {
    assertThatThrownBy(() -> NearDuplicatesConfig.from(Settings.resolve(Map.of("near_duplicates.bands", "1",
        "near_duplicates.rows", "10")))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("1 bands of 10 rows find only 11% of the texts at similarity 0.80")
        .hasMessageContaining("near_duplicates.bands");
    assertThatThrownBy(() -> NearDuplicatesConfig.from(Settings.resolve(Map.of("near_duplicates.of", "response"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("prompt, pair");
  }
}
