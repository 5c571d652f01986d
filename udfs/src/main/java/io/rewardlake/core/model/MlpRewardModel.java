package io.rewardlake.core.model;

/**
 * The built-in family with a learned representation: {@code r(x, y) = w · f + u · tanh(W f + b)} over the hashed
 * features of {@link Featurizer}, parameters laid out by {@link MlpShape} over all featurizer slots. Trained by the
 * representation objectives ({@code train --objective contrastive|metarm|...}); scored like any
 * {@link RewardModel}, so {@code vote} and {@code reward} use it unchanged.
 */
public final class MlpRewardModel extends HashedFeatureModel {
  private final MlpShape shape;
  private final double[] params;

  public MlpRewardModel(ModelMetadata metadata, int hidden, double[] params) {
    super(metadata);
    this.shape = new MlpShape(featurizer.dimension(), hidden);
    if (params.length != shape.size()) {
      throw new IllegalArgumentException("model " + metadata.modelId() + " has " + params.length
          + " parameters but " + shape + " needs " + shape.size());
    }
    this.params = params.clone();
  }

  @Override
  double reward(SparseFeatures features, double[] hidden) {
    return MlpNetwork.forward(shape, params, 0, features, hidden);
  }

  @Override
  int scratchSize() {
    return shape.hidden();
  }

  public int hiddenUnits() {
    return shape.hidden();
  }
}
