package io.rewardlake.core.model;

import java.util.List;
import java.util.Objects;

/** The built-in family: {@code r(x, y) = w · f(x, y)} over the hashed features of {@link Featurizer}. */
public final class LinearRewardModel implements RewardModel {
  private final ModelMetadata metadata;
  private final Featurizer featurizer;
  private final double[] weights;

  public LinearRewardModel(ModelMetadata metadata, double[] weights) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.featurizer = new Featurizer(FeaturizerSpec.fromMap(metadata.featurizer()));
    if (weights.length != featurizer.dimension()) {
      throw new IllegalArgumentException("model " + metadata.modelId() + " has " + weights.length
          + " weights but its featurizer has " + featurizer.dimension() + " slots");
    }
    this.weights = weights.clone();
  }

  @Override
  public ModelMetadata metadata() {
    return metadata;
  }

  @Override
  public float[] score(List<PromptResponse> batch) {
    float[] out = new float[batch.size()];
    for (int i = 0; i < out.length; i++) {
      PromptResponse input = batch.get(i);
      out[i] = (float) featurizer.features(input.prompt(), input.response()).dot(weights);
    }
    return out;
  }

  /** A copy of the weights, indexed like the featurizer's slots. */
  public double[] weights() {
    return weights.clone();
  }
}
