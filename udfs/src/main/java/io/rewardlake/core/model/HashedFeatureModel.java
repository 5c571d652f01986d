package io.rewardlake.core.model;

import java.util.List;
import java.util.Objects;

/**
 * What the built-in families share: metadata, the {@link Featurizer} their metadata describes, and scoring one
 * response at a time from its hashed features. A family only says how features become a reward.
 */
abstract class HashedFeatureModel implements RewardModel {
  private final ModelMetadata metadata;
  final Featurizer featurizer;

  HashedFeatureModel(ModelMetadata metadata) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.featurizer = new Featurizer(FeaturizerSpec.fromMap(metadata.featurizer()));
  }

  /** The reward of one response's features; {@code scratch} is reused across a batch (see {@link #scratchSize}). */
  abstract double reward(SparseFeatures features, double[] scratch);

  /** Working memory {@link #reward} needs per call. */
  int scratchSize() {
    return 0;
  }

  @Override
  public final ModelMetadata metadata() {
    return metadata;
  }

  @Override
  public final float[] score(List<PromptResponse> batch) {
    float[] out = new float[batch.size()];
    double[] scratch = new double[scratchSize()];
    for (int i = 0; i < out.length; i++) {
      PromptResponse input = batch.get(i);
      out[i] = (float) reward(featurizer.features(input.prompt(), input.response()), scratch);
    }
    return out;
  }
}
