package io.rewardlake.core.model;

import java.util.Arrays;

/** Collects (index, value) entries in any order, then sums the entries of each index into a {@link SparseFeatures}. */
final class FeatureAccumulator {
  private int[] indices = new int[256];
  private double[] values = new double[256];
  private int size;

  void add(int index, double value) {
    if (size == indices.length) {
      indices = Arrays.copyOf(indices, 2 * size);
      values = Arrays.copyOf(values, 2 * size);
    }
    indices[size] = index;
    values[size++] = value;
  }

  /**
   * Sorted unique indices; colliding entries are summed in the order they were added (so the float result is the
   * same on every run), and sums that are exactly zero are dropped.
   */
  SparseFeatures toSparse() {
    long[] order = byIndexThenPosition();
    int[] outIndices = new int[size];
    float[] outValues = new float[size];
    int n = 0;
    for (int k = 0; k < size;) {
      int index = (int) (order[k] >>> 32);
      double sum = 0;
      for (; k < size && (int) (order[k] >>> 32) == index; k++) {
        sum += values[(int) order[k]];
      }
      outIndices[n] = index;
      outValues[n] = (float) sum;
      n += outValues[n] == 0f ? 0 : 1;
    }
    return new SparseFeatures(Arrays.copyOf(outIndices, n), Arrays.copyOf(outValues, n));
  }

  /** Entry positions sorted by (index, position), packed as {@code index << 32 | position} to sort primitives. */
  private long[] byIndexThenPosition() {
    long[] order = new long[size];
    for (int k = 0; k < size; k++) {
      order[k] = (long) indices[k] << 32 | k;
    }
    Arrays.sort(order);
    return order;
  }
}
