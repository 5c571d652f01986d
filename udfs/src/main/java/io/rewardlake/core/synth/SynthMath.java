package io.rewardlake.core.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The few numeric helpers the corpus needs; number text never depends on the default Locale. */
final class SynthMath {

  private SynthMath() {}

  static double sigmoid(double x) {
    return 1.0 / (1.0 + StrictMath.exp(-x));
  }

  /**
   * Qualities are rounded to the 6 decimals the files carry as soon as they are drawn, so every number a reader
   * recomputes from the files (strengths, near-tie gaps) matches the one the generator used.
   */
  static double round6(double x) {
    return Math.round(x * 1e6) / 1e6;
  }

  /**
   * The digits of {@code String.format(Locale.ROOT, "%.6f", x)} (half-up on the shortest decimal form of x), at a
   * fraction of the Formatter's cost, which dominated generation time; BigDecimal also has no "-0.000000".
   */
  static String format6(double x) {
    return BigDecimal.valueOf(x).setScale(6, RoundingMode.HALF_UP).toPlainString();
  }

  /** {@code String.format(Locale.ROOT, "%06d", n)} for n &gt;= 0, without the Formatter. */
  static String zeroPad6(int n) {
    String digits = Integer.toString(n);
    return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
  }
}
