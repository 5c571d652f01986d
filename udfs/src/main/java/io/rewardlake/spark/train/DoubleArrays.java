package io.rewardlake.spark.train;

/** The element-wise sum the trainers' reductions share: partial gradients and totals, one partition at a time. */
final class DoubleArrays {
  private DoubleArrays() {}

  /** Adds {@code b} into {@code a} and returns {@code a} (reductions may reuse their first argument). */
  static double[] addInto(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }
}
