package io.rewardlake.core.clean;

import java.util.List;

/**
 * Label-smooth pairs whose mean strength lies in the band [{@code low}, {@code high}] (inclusive): the ensemble
 * cannot tell the responses apart, so an ambiguous label pulls the model less hard towards either side.
 *
 * <p>Two ways to soften, by {@link Mode}: {@code cap} (the default) limits the label's confidence to 1 − ε and
 * leaves a label that is already softer as it is, so a judge's 0.7 stays 0.7 and a hard 1.0 becomes 1 − ε;
 * {@code mix} moves every label the same share ε towards the other side, p(1 − ε) + (1 − p)ε, which would turn a
 * soft 0.7 into 0.62.
 */
public record SmoothRule(Threshold low, Threshold high, double epsilon, Mode mode) implements Rule {
  /** How a label is softened. */
  public enum Mode {
    CAP, MIX;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Mode of(String id) {
      for (Mode mode : values()) {
        if (mode.id().equals(id)) {
          return mode;
        }
      }
      throw new IllegalArgumentException("smooth.mode must be cap or mix, got '" + id + "'");
    }
  }

  /** A rule that softens with {@link Mode#CAP}. */
  public SmoothRule(Threshold low, Threshold high, double epsilon) {
    this(low, high, epsilon, Mode.CAP);
  }

  public SmoothRule {
    if (low == null || high == null) {
      throw new IllegalArgumentException("smooth.mean_between needs two thresholds [low, high], e.g. [q0.15, q0.4]");
    }
    if (low.knownAbove(high)) {
      throw new IllegalArgumentException("smooth.mean_between: the lower bound " + low.spec()
          + " is above the upper bound " + high.spec());
    }
    if (!(epsilon > 0 && epsilon <= 0.5)) {
      throw new IllegalArgumentException("smooth.epsilon must be in (0, 0.5], got " + epsilon
          + " (0.5 turns every smoothed label into a tie)");
    }
    if (mode == null) {
      throw new IllegalArgumentException("smooth.mode must be cap or mix");
    }
  }

  @Override
  public Action action() {
    return Action.SMOOTH;
  }

  @Override
  public List<Threshold> thresholds(Statistic statistic) {
    return statistic == Statistic.MEAN ? List.of(low, high) : List.of();
  }

  @Override
  public SmoothRule resolve(QuantileSource source) {
    Threshold resolvedLow = low.resolve(source, Statistic.MEAN);
    Threshold resolvedHigh = high.resolve(source, Statistic.MEAN);
    if (resolvedLow.value() > resolvedHigh.value()) {
      throw new IllegalArgumentException("smooth.mean_between resolves to an empty band [" + resolvedLow.describe()
          + ", " + resolvedHigh.describe() + "]");
    }
    return new SmoothRule(resolvedLow, resolvedHigh, epsilon, mode);
  }

  @Override
  public String describe() {
    return "smooth (" + mode.id() + ", epsilon " + Numbers.plain(epsilon) + ") when " + low.describe() + " <= mean <= "
        + high.describe();
  }

  @Override
  public PairDecision decide(double labelP, PairStrength strength) {
    if (strength.mean() < low.value() || strength.mean() > high.value()) {
      return null;
    }
    String band = Rule.mean(strength) + " in smoothing band [" + low.describe() + ", " + high.describe() + "]";
    double target = target(labelP);
    if (target == labelP) {
      return PairDecision.keep(labelP, band + "; label_p " + Numbers.format(labelP) + " is already no surer than "
          + Numbers.format(1 - epsilon) + ", kept");
    }
    return new PairDecision(Action.SMOOTH, false, target, 0, 1, band + "; target " + Numbers.format(labelP) + " -> "
        + Numbers.format(target) + " (" + mode.id() + ", epsilon " + Numbers.plain(epsilon) + ")");
  }

  /** The softened label. */
  double target(double labelP) {
    if (mode == Mode.MIX) {
      return labelP * (1 - epsilon) + (1 - labelP) * epsilon;
    }
    return labelP >= 0.5 ? Math.min(labelP, 1 - epsilon) : Math.max(labelP, epsilon);
  }
}
