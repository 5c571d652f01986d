package io.rewardlake.core.stats;

import java.util.Locale;

/**
 * An estimate with a confidence interval.
 *
 * @param estimate the statistic on the sample itself
 * @param low lower bound
 * @param high upper bound
 */
public record Interval(double estimate, double low, double high) {
  /** {@code 0.738 [0.719, 0.757]}. */
  public String format(int decimals) {
    String number = "%." + decimals + "f";
    return String.format(Locale.ROOT, number + " [" + number + ", " + number + "]", estimate, low, high);
  }

  /** Whether the whole interval lies above zero (a difference that is not noise at this confidence). */
  public boolean aboveZero() {
    return low > 0;
  }
}
