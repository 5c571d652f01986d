package io.rewardlake.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The built-in family with a learned representation: {@code r(x, y) = w · f + u · tanh(W f + b)} over the hashed
 * features of {@link Featurizer}, parameters laid out by {@link MlpShape} over all featurizer slots. Trained by the
 * representation objectives ({@code train --objective contrastive|metarm|...}); scored like any
 * {@link RewardModel}, so {@code vote} and {@code reward} use it unchanged.
 */
public final class MlpRewardModel implements RewardModel {
  private final ModelMetadata metadata;
  private final Featurizer featurizer;
  private final MlpShape shape;
  private final double[] params;

  public MlpRewardModel(ModelMetadata metadata, int hidden, double[] params) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.featurizer = new Featurizer(FeaturizerSpec.fromMap(metadata.featurizer()));
    this.shape = new MlpShape(featurizer.dimension(), hidden);
    if (params.length != shape.size()) {
      throw new IllegalArgumentException("model " + metadata.modelId() + " has " + params.length
          + " parameters but " + shape + " needs " + shape.size());
    }
    this.params = params.clone();
  }

  @Override
  public ModelMetadata metadata() {
    return metadata;
  }

  @Override
  public float[] score(List<PromptResponse> batch) {
    float[] out = new float[batch.size()];
    double[] hidden = new double[shape.hidden()];
    for (int i = 0; i < out.length; i++) {
      PromptResponse input = batch.get(i);
      SparseFeatures features = featurizer.features(input.prompt(), input.response());
      out[i] = (float) MlpNetwork.forward(shape, params, 0, features, hidden);
    }
    return out;
  }

  public int hiddenUnits() {
    return shape.hidden();
  }
}
