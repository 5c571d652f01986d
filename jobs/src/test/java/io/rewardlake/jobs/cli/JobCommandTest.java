package io.rewardlake.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.jobs.config.ConfigKeys;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobCommandTest {
  @Test
  void givenOptionsBecomeConfigKeysAndOptionsNotGivenStayOut() {
    assertThat(JobCommand.given(ConfigKeys.TRAIN_MEMBERS, 7, ConfigKeys.TRAIN_SPLITS, List.of("train", "dev"),
        ConfigKeys.TRAIN_SEED, null)).isEqualTo(Map.of("train.members", "7", "train.splits", "train,dev"));
    assertThat(JobCommand.given(ConfigKeys.VOTE_ENSEMBLE, null)).isEmpty();
  }

  @Test
  void aKeyWithoutItsValueIsAProgrammingError() {
    assertThatThrownBy(() -> JobCommand.given(ConfigKeys.TRAIN_MEMBERS, 7, ConfigKeys.TRAIN_SEED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
