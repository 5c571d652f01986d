package io.rewardlake.core.clean;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A cut point on a strength statistic: an absolute value, or a quantile q of the corpus's distribution that
 * {@link #resolve} turns into a value once the corpus's quantiles are known. Quantiles make a policy portable
 * between ensembles, whose strengths live on different scales.
 *
 * <p>Policy YAML accepts:
 * <pre>
 *   -1.0   "-1.0"   {value: -1.0}      absolute
 *   "q0.15"         {quantile: 0.15}   the 15th percentile of the corpus
 * </pre>
 */
public final class Threshold implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern QUANTILE = Pattern.compile("[qQ]\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)");
  static final String FORMS = "a number (absolute), \"q0.15\" (a quantile of the corpus), {value: -1.0} or"
      + " {quantile: 0.15}";

  /** NaN for an absolute threshold. */
  private final double quantile;
  /** NaN for a quantile not resolved yet. */
  private final double value;
  /** What a quantile resolved to before {@link #capAt} lowered it; NaN when it was not capped. */
  private final double uncapped;

  private Threshold(double quantile, double value) {
    this(quantile, value, Double.NaN);
  }

  private Threshold(double quantile, double value, double uncapped) {
    this.quantile = quantile;
    this.value = value;
    this.uncapped = uncapped;
  }

  public static Threshold absolute(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("an absolute threshold must be a finite number, got " + value);
    }
    return new Threshold(Double.NaN, value);
  }

  public static Threshold quantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("a quantile must be in [0, 1], got " + q);
    }
    return new Threshold(q, Double.NaN);
  }

  /**
   * From a parsed YAML value (a Number, a String, or a one-entry Map); {@code field} names it in errors, e.g.
   * {@code flip.mean_below: a quantile must be in [0, 1], got 15.0}.
   */
  public static Threshold parse(Object raw, String field) {
    try {
      return parse(raw);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
  }

  private static Threshold parse(Object raw) {
    if (raw instanceof Number number) {
      return absolute(number.doubleValue());
    }
    if (raw instanceof String text) {
      return parseText(text.strip());
    }
    if (raw instanceof Map<?, ?> map && map.size() == 1) {
      Map.Entry<?, ?> entry = map.entrySet().iterator().next();
      if ("quantile".equals(entry.getKey())) {
        return quantile(number(entry.getValue(), "quantile"));
      }
      if ("value".equals(entry.getKey())) {
        return absolute(number(entry.getValue(), "value"));
      }
    }
    throw new IllegalArgumentException("expected " + FORMS + "; got " + shown(raw));
  }

  private static Threshold parseText(String text) {
    var quantile = QUANTILE.matcher(text);
    if (quantile.matches()) {
      return quantile(Double.parseDouble(quantile.group(1)));
    }
    try {
      return absolute(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected " + FORMS + "; got \"" + text + "\"");
    }
  }

  private static double number(Object raw, String key) {
    if (raw instanceof Number number) {
      return number.doubleValue();
    }
    if (raw instanceof String text) {
      try {
        return Double.parseDouble(text.strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException("{" + key + ": ...} takes a number, got " + shown(raw));
  }

  private static String shown(Object raw) {
    return raw == null ? "nothing" : raw instanceof String ? "\"" + raw + "\"" : String.valueOf(raw);
  }

  public boolean isQuantile() {
    return !Double.isNaN(quantile);
  }

  public boolean isResolved() {
    return !Double.isNaN(value);
  }

  /** The quantile q; NaN for an absolute threshold. */
  public double quantile() {
    return quantile;
  }

  /** The absolute value; a quantile threshold must be {@linkplain #resolve resolved} first. */
  public double value() {
    if (!isResolved()) {
      throw new IllegalStateException("Quantile threshold " + spec() + " is not resolved; call resolve() first");
    }
    return value;
  }

  /** This threshold with a value: a quantile is looked up in {@code source}; an absolute one is returned as is. */
  public Threshold resolve(QuantileSource source, Statistic statistic) {
    if (!isQuantile()) {
      return this;
    }
    double resolved = source.quantile(statistic, quantile);
    if (!Double.isFinite(resolved)) {
      throw new IllegalArgumentException("quantile " + spec() + " of " + statistic + " is " + resolved);
    }
    return new Threshold(quantile, resolved);
  }

  /**
   * This resolved threshold lowered to {@code max} when it is at or above it, remembering the value it had (shown by
   * {@link #describe}). A flip threshold is capped at 0: whatever the quantile, only a vote against the label flips.
   */
  public Threshold capAt(double max) {
    return value() >= max ? new Threshold(quantile, max, value) : this;
  }

  public boolean isCapped() {
    return !Double.isNaN(uncapped);
  }

  /** As written in a policy: {@code q0.15} or {@code -1.0}. */
  public String spec() {
    return isQuantile() ? "q" + Numbers.plain(quantile) : Numbers.plain(value);
  }

  /** For reasons and summaries: {@code -0.82 (q0.15)}, {@code -1.00}, or {@code q0.15} before resolution. */
  public String describe() {
    if (!isQuantile()) {
      return Numbers.format(value);
    }
    if (isCapped()) {
      return Numbers.format(value) + " (" + spec() + " = " + Numbers.format(uncapped) + ", capped)";
    }
    return isResolved() ? Numbers.format(value) + " (" + spec() + ")" : spec();
  }

  /**
   * True when this is above {@code other} whatever the corpus: both absolute, or both quantiles (quantiles are
   * monotone). A quantile and an absolute value can only be compared once resolved.
   */
  boolean knownAbove(Threshold other) {
    if (isQuantile() != other.isQuantile()) {
      return false;
    }
    return isQuantile() ? quantile > other.quantile : value > other.value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Threshold that && Double.compare(quantile, that.quantile) == 0
        && Double.compare(value, that.value) == 0 && Double.compare(uncapped, that.uncapped) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(quantile, value, uncapped);
  }

  @Override
  public String toString() {
    return describe();
  }
}
