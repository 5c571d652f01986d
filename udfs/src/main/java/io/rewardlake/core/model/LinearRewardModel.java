package io.rewardlake.core.model;

/** The built-in family: {@code r(x, y) = w · f(x, y)} over the hashed features of {@link Featurizer}. */
public final class LinearRewardModel extends HashedFeatureModel {
  private final double[] weights;

  public LinearRewardModel(ModelMetadata metadata, double[] weights) {
    super(metadata);
    if (weights.length != featurizer.dimension()) {
      throw new IllegalArgumentException("model " + metadata.modelId() + " has " + weights.length
          + " weights but its featurizer has " + featurizer.dimension() + " slots");
    }
    this.weights = weights.clone();
  }

  @Override
  double reward(SparseFeatures features, double[] scratch) {
    return features.dot(weights);
  }

  /** A copy of the weights, indexed like the featurizer's slots. */
  public double[] weights() {
    return weights.clone();
  }
}
