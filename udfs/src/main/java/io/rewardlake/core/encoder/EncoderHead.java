package io.rewardlake.core.encoder;

import io.rewardlake.core.model.MlpNetwork;
import io.rewardlake.core.model.MlpShape;
import io.rewardlake.core.model.SparseFeatures;
import java.io.Serializable;

/**
 * A trained head over {@link PairFeatures}: {@code r = w · f + u · tanh(W f + b)}, laid out by {@link MlpShape}; with
 * no hidden units it is the linear head {@code r = w · f}. The same layout (and forward pass) as the built-in
 * hidden-layer family, so both heads reuse that family's trainers.
 *
 * @param shape inputs (2·dim) and hidden units
 * @param params {@code shape.size()} parameters
 */
public record EncoderHead(MlpShape shape, double[] params) implements Serializable {
  public EncoderHead {
    if (params.length != shape.size()) {
      throw new IllegalArgumentException("a head of " + shape.slots() + " inputs and " + shape.hidden()
          + " hidden units has " + shape.size() + " parameters, got " + params.length);
    }
    params = params.clone();
  }

  public int inputs() {
    return shape.slots();
  }

  /** The reward of one feature vector. */
  public double reward(float[] features) {
    if (features.length != shape.slots()) {
      throw new IllegalArgumentException("the head takes " + shape.slots() + " features, got " + features.length);
    }
    SparseFeatures input = PairFeatures.dense(features);
    if (shape.hidden() == 0) {
      return input.dot(params);
    }
    return MlpNetwork.forward(shape, params, 0, input, new double[shape.hidden()]);
  }
}
