package io.rewardlake.core.model;


/**
 * Forward and backward pass of one member over one sparse input. The member's parameters start at {@code base} of a
 * packed array laid out by {@link MlpShape}; its gradient goes to the same offsets of the gradient array.
 *
 * <p>Backward, with upstream gradients g_r (on the reward) and g_h (on the representation h, may be null):
 * ∂w = g_r·f, ∂u = g_r·h, g_a = (g_r·u + g_h) ⊙ (1 − h²), ∂W[k] = g_a·f_k, ∂b = g_a.
 */
public final class MlpNetwork {
  private MlpNetwork() {}

  /** Fills {@code h} with tanh(W f + b) and returns r = w · f + u · h. */
  public static double forward(MlpShape shape, double[] params, int base, SparseFeatures x, double[] h) {
    int hidden = shape.hidden();
    int bias = base + shape.bias();
    System.arraycopy(params, bias, h, 0, hidden);
    double linear = 0;
    int[] indices = x.indices();
    float[] values = x.values();
    for (int k = 0; k < indices.length; k++) {
      double value = values[k];
      linear += params[base + indices[k]] * value;
      int row = base + shape.hiddenWeight(indices[k]);
      for (int j = 0; j < hidden; j++) {
        h[j] += params[row + j] * value;
      }
    }
    double reward = linear;
    int head = base + shape.head();
    for (int j = 0; j < hidden; j++) {
      h[j] = Math.tanh(h[j]);
      reward += params[head + j] * h[j];
    }
    return reward;
  }

  /**
   * Adds the gradient of {@code gReward · r + gHidden · h} at the forward pass that produced {@code h}.
   *
   * @param scratch at least {@code hidden} doubles, overwritten
   */
  public static void backward(MlpShape shape, double[] params, int base, SparseFeatures x, double[] h,
      double gReward, double[] gHidden, double[] grad, double[] scratch) {
    int hidden = shape.hidden();
    int head = base + shape.head();
    int bias = base + shape.bias();
    for (int j = 0; j < hidden; j++) {
      grad[head + j] += gReward * h[j];
      double upstream = gReward * params[head + j] + (gHidden == null ? 0 : gHidden[j]);
      scratch[j] = upstream * (1 - h[j] * h[j]);
      grad[bias + j] += scratch[j];
    }
    int[] indices = x.indices();
    float[] values = x.values();
    for (int k = 0; k < indices.length; k++) {
      double value = values[k];
      grad[base + indices[k]] += gReward * value;
      int row = base + shape.hiddenWeight(indices[k]);
      for (int j = 0; j < hidden; j++) {
        grad[row + j] += scratch[j] * value;
      }
    }
  }
}
