package io.rewardlake.core.encoder;

import io.rewardlake.core.model.SparseFeatures;

/**
 * What a head sees of (prompt x, response y), from their embeddings p and r: {@code f = [r, p ⊙ r]}, 2·dim values.
 *
 * <p>Why this layout: a pair's reward difference is {@code w · (f(x, y_a) − f(x, y_b))}, so any feature of the prompt
 * alone cancels out and cannot help. The response part {@code r} says what good answers look like in general; the
 * product {@code p ⊙ r} lets the weight of each embedding direction depend on the prompt (with unit vectors its sum is
 * their cosine), so r(x, y) really is a function of the prompt and the head can reward answers that fit it. Embedding
 * prompt and response separately keeps each text's embedding reusable across pairs (a prompt has many responses) and
 * cached by text hash.
 */
public final class PairFeatures {
  /** The layout's name, stored with every head so a future layout cannot be misread. */
  public static final String LAYOUT = "response,prompt*response";

  private PairFeatures() {}

  /** Head inputs for a backbone of {@code dimension}. */
  public static int size(int dimension) {
    return 2 * dimension;
  }

  /** {@code [r, p ⊙ r]}. */
  public static float[] of(float[] prompt, float[] response) {
    float[] out = new float[2 * response.length];
    write(prompt, response, 1, out, 0);
    return out;
  }

  /**
   * {@code sign · [r, p ⊙ r]} added into {@code out} from {@code offset}: with sign +1 for the chosen and −1 for the
   * rejected response this builds the pair's feature difference in place.
   */
  public static void write(float[] prompt, float[] response, int sign, float[] out, int offset) {
    if (prompt.length != response.length) {
      throw new IllegalArgumentException("prompt and response embeddings differ in length: " + prompt.length
          + " and " + response.length);
    }
    int dim = response.length;
    for (int d = 0; d < dim; d++) {
      out[offset + d] += sign * response[d];
      out[offset + dim + d] += sign * prompt[d] * response[d];
    }
  }

  /** A dense vector as the sparse form the trainers and heads take (every index present, zeros kept). */
  public static SparseFeatures dense(float[] values) {
    int[] indices = new int[values.length];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = i;
    }
    return new SparseFeatures(indices, values.clone());
  }
}
