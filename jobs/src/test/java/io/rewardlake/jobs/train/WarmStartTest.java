package io.rewardlake.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.model.LinearRewardModel;
import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.RewardModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarmStartTest {
  private static final FeaturizerSpec SPEC = new FeaturizerSpec(10, 2, 3);

  private static LinearRewardModel member(int index, FeaturizerSpec spec, double first) {
    double[] weights = new double[spec.dimension()];
    weights[0] = first;
    weights[spec.dimension() - 1] = -first;
    return new LinearRewardModel(new ModelMetadata(ModelMetadata.BUILTIN_LINEAR, "m" + index, "main", index, "all",
        spec.toMap(), Map.of(), "test"), weights);
  }

  @Test
  void membersWeightsArePackedFeatureMajorAsTheTrainerLaysThemOut() {
    List<double[]> weights = WarmStart.linearWeights(List.of(member(0, SPEC, 1), member(1, SPEC, 2)), SPEC, 2);
    double[] packed = WarmStart.packed(weights);
    int last = SPEC.dimension() - 1;
    assertThat(packed).hasSize(2 * SPEC.dimension());
    assertThat(new double[] {packed[0], packed[1], packed[last * 2], packed[last * 2 + 1]})
        .containsExactly(1, 2, -1, -2);
  }

  @Test
  void anEnsembleWithOtherMembersOrFeaturesCannotStartTheRunAndSaysWhy() {
    List<RewardModel> two = List.of(member(0, SPEC, 1), member(1, SPEC, 2));
    assertThat(WarmStart.mismatch(two, SPEC, 2)).isNull();
    assertThat(WarmStart.mismatch(two, SPEC, 3)).isEqualTo("has 2 members, this run trains 3");
    assertThat(WarmStart.mismatch(two, new FeaturizerSpec(11, 2, 3), 2)).startsWith("was trained on other features");
    assertThat(WarmStart.linearWeights(two, new FeaturizerSpec(10, 1, 3), 2)).isNull();
  }

  @Test
  void onlyTheBuiltInLinearFamilyTakesAWarmStart() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrainConfig.from(io.rewardlake.jobs.config.Settings.resolve(
        Map.of("train.warm_start", "main", "train.hidden_units", "8"))))
        .isInstanceOf(io.rewardlake.jobs.config.ConfigException.class)
        .hasMessageContaining("leave train.warm_start empty");
    assertThat(TrainConfig.from(io.rewardlake.jobs.config.Settings.resolve(Map.of("train.warm_start", " main ")))
        .warmStart()).isEqualTo("main");
  }
}
