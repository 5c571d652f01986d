package io.rewardlake.core.encoder;

import java.util.Locale;

/**
 * How a sentence encoder's per-token output {@code [rows, width, dim]} becomes one vector per text. Rows are
 * right-padded, so the first {@code lengths[r]} positions of row r are its real tokens.
 */
public enum Pooling {
  /** The mean of the real tokens' vectors (attention-mask-weighted), as sentence-transformers and e5 pool. */
  MEAN,
  /** The first token's vector ({@code [CLS]}), as bge pools. */
  CLS;

  public static Pooling of(String name) {
    for (Pooling pooling : values()) {
      if (pooling.id().equals(name)) {
        return pooling;
      }
    }
    throw new IllegalArgumentException("pooling must be mean or cls, got '" + name + "'");
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * One pooled vector per row.
   *
   * @param hidden row-major {@code [rows, width, dim]} values
   * @param lengths real tokens per row (each at least 1)
   */
  public float[][] pool(float[] hidden, int rows, int width, int dim, int[] lengths) {
    if ((long) rows * width * dim != hidden.length) {
      throw new IllegalArgumentException("expected " + rows + "x" + width + "x" + dim + " values, got "
          + hidden.length);
    }
    float[][] out = new float[rows][dim];
    for (int r = 0; r < rows; r++) {
      int tokens = this == CLS ? 1 : lengths[r];
      double[] sum = new double[dim];
      for (int t = 0; t < tokens; t++) {
        int base = (r * width + t) * dim;
        for (int d = 0; d < dim; d++) {
          sum[d] += hidden[base + d];
        }
      }
      for (int d = 0; d < dim; d++) {
        out[r][d] = (float) (sum[d] / tokens);
      }
    }
    return out;
  }

  /** Scales {@code vector} to unit length in place (a zero vector stays zero). */
  public static void normalize(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += (double) value * value;
    }
    if (norm == 0) {
      return;
    }
    double scale = 1 / Math.sqrt(norm);
    for (int d = 0; d < vector.length; d++) {
      vector[d] = (float) (vector[d] * scale);
    }
  }
}
