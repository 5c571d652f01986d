package io.rewardlake.core.model;

import java.io.IOException;
import java.util.List;

/** The families RewardLake trains itself: hashed-feature linear and hidden-layer models. */
final class BuiltinFamilies {
  private BuiltinFamilies() {}

  /** {@value ModelMetadata#BUILTIN_LINEAR}: one float32 weight per hashed feature slot. */
  public static final class Linear implements ModelFamily {
    @Override
    public List<String> ids() {
      return List.of(ModelMetadata.BUILTIN_LINEAR);
    }

    @Override
    public RewardModel load(ModelFiles directory, ModelMetadata metadata, List<String> assignedGpus)
        throws IOException {
      int dimension = FeaturizerSpec.fromMap(metadata.featurizer()).dimension();
      return new LinearRewardModel(metadata, ModelStore.readWeights(directory, dimension));
    }
  }

  /** {@value ModelMetadata#BUILTIN_MLP}: the linear part plus one hidden layer, sized by {@code hidden_units}. */
  public static final class Mlp implements ModelFamily {
    @Override
    public List<String> ids() {
      return List.of(ModelMetadata.BUILTIN_MLP);
    }

    @Override
    public RewardModel load(ModelFiles directory, ModelMetadata metadata, List<String> assignedGpus)
        throws IOException {
      int dimension = FeaturizerSpec.fromMap(metadata.featurizer()).dimension();
      int hidden = ModelStore.hiddenUnits(directory);
      return new MlpRewardModel(metadata, hidden, ModelStore.readWeights(directory, new MlpShape(dimension, hidden).size()));
    }
  }
}
