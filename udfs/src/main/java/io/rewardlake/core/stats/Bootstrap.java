package io.rewardlake.core.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap over a fixed sample of per-item values (1/0 for "this test pair was ranked right"): resample
 * the items with replacement {@code resamples} times, seeded, and take the 2.5th and 97.5th percentiles of the
 * resampled means. For two systems scored on the same items, {@link #difference} resamples items jointly, which is
 * what makes "cleaned beats raw" a statement about the systems and not about which pairs were drawn.
 */
public final class Bootstrap {
  public static final int DEFAULT_RESAMPLES = 1000;
  private static final double ALPHA = 0.05;

  private final int resamples;
  private final long seed;

  public Bootstrap(int resamples, long seed) {
    if (resamples < 100) {
      throw new IllegalArgumentException("bootstrap needs at least 100 resamples, got " + resamples);
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  /** Mean of {@code values} with its 95% interval; NaN everywhere for an empty sample. */
  public Interval mean(double[] values) {
    return difference(values, new double[values.length]);
  }

  /** Mean of {@code a[i] - b[i]} over the same items, with its 95% paired interval. */
  public Interval difference(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("paired samples differ in size: " + a.length + " vs " + b.length);
    }
    int n = a.length;
    if (n == 0) {
      return new Interval(Double.NaN, Double.NaN, Double.NaN);
    }
    double[] diff = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      diff[i] = a[i] - b[i];
      total += diff[i];
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += diff[random.nextInt(n)];
      }
      means[r] = sum / n;
    }
    Arrays.sort(means);
    return new Interval(total / n, percentile(means, ALPHA / 2), percentile(means, 1 - ALPHA / 2));
  }

  /** Linear interpolation between order statistics of a sorted array. */
  static double percentile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
