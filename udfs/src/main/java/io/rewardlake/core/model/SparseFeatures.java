package io.rewardlake.core.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A sparse feature vector: strictly increasing indices with their values. Values are floats because feature vectors
 * are cached per pair during training and float halves that memory; all arithmetic is done in double.
 *
 * <p>Ensemble weights are laid out feature-major ({@code packed[index * members + member]}) so that one pass over a
 * vector's entries scores every member: the M weights of a feature sit next to each other in memory.
 */
public record SparseFeatures(int[] indices, float[] values) implements Serializable {
  private static final SparseFeatures EMPTY = new SparseFeatures(new int[0], new float[0]);

  public SparseFeatures {
    if (indices.length != values.length) {
      throw new IllegalArgumentException("indices (" + indices.length + ") and values (" + values.length
          + ") differ in length");
    }
    for (int k = 1; k < indices.length; k++) {
      if (indices[k] <= indices[k - 1]) {
        throw new IllegalArgumentException("indices must be strictly increasing, got " + indices[k - 1] + " then "
            + indices[k] + " at position " + k);
      }
    }
  }

  public static SparseFeatures empty() {
    return EMPTY;
  }

  public int size() {
    return indices.length;
  }

  /** Highest index + 1, or 0 when empty: the smallest dimension this vector fits in. */
  public int span() {
    return indices.length == 0 ? 0 : indices[indices.length - 1] + 1;
  }

  /** {@code w · x} for one member's weights. */
  public double dot(double[] weights) {
    double sum = 0;
    for (int k = 0; k < indices.length; k++) {
      sum += weights[indices[k]] * values[k];
    }
    return sum;
  }

  /** {@code out[m] = w_m · x} for all members of a feature-major packed weight array, in one pass over x. */
  public void dotPacked(double[] packed, int members, double[] out) {
    Arrays.fill(out, 0, members, 0.0);
    for (int k = 0; k < indices.length; k++) {
      int base = indices[k] * members;
      double value = values[k];
      for (int m = 0; m < members; m++) {
        out[m] += packed[base + m] * value;
      }
    }
  }

  /** {@code packed[i * members + m] += coefficients[m] * x_i} for all members: the gradient step of a pair. */
  public void addPacked(double[] coefficients, int members, double[] packed) {
    for (int k = 0; k < indices.length; k++) {
      int base = indices[k] * members;
      double value = values[k];
      for (int m = 0; m < members; m++) {
        packed[base + m] += coefficients[m] * value;
      }
    }
  }

  /** {@code this − other}, merging the two index lists; entries that cancel exactly are dropped. */
  public SparseFeatures minus(SparseFeatures other) {
    int[] outIndices = new int[indices.length + other.indices.length];
    float[] outValues = new float[outIndices.length];
    int a = 0;
    int b = 0;
    int n = 0;
    while (a < indices.length || b < other.indices.length) {
      int ia = a < indices.length ? indices[a] : Integer.MAX_VALUE;
      int ib = b < other.indices.length ? other.indices[b] : Integer.MAX_VALUE;
      float value;
      int index = Math.min(ia, ib);
      if (ia == ib) {
        value = values[a++] - other.values[b++];
      } else if (ia < ib) {
        value = values[a++];
      } else {
        value = -other.values[b++];
      }
      if (value != 0f) {
        outIndices[n] = index;
        outValues[n++] = value;
      }
    }
    return new SparseFeatures(Arrays.copyOf(outIndices, n), Arrays.copyOf(outValues, n));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SparseFeatures that
        && Arrays.equals(indices, that.indices) && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "SparseFeatures" + Arrays.toString(indices) + "=" + Arrays.toString(values);
  }
}
