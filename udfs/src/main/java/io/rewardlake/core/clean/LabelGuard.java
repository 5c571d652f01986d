package io.rewardlake.core.clean;

import java.io.Serializable;
import java.util.List;

/**
 * The confident-label guard of a flip rule: a pair whose own label is already sure of itself (label_p beyond
 * {@code labelPAbove}, e.g. a judge's 0.97) is flipped only when the vote is stronger still. A weak vote must not
 * overturn a confident soft label. "Stronger" is either a threshold of its own ({@code meanBelow}, lower than the
 * rule's), or, by default (null), the label's own log-odds: the mean strength, a reward difference on the
 * Bradley–Terry logit scale, must be below −logit(label_p), i.e. the vote must be surer of rejected than the
 * label is of chosen.
 *
 * <p>A hard label (label_p exactly 0 or 1) is one annotator's choice, not a measured confidence, so the guard leaves
 * it to the rule unless {@code hardLabels} is set.
 *
 * @param labelPAbove a label with max(label_p, 1 − label_p) above this is confident
 * @param meanBelow a confident label is flipped only when the mean strength is below this; null: below
 *     −logit(label_p)
 * @param hardLabels whether labels of exactly 0 or 1 count as confident
 */
public record LabelGuard(double labelPAbove, Threshold meanBelow, boolean hardLabels) implements Serializable {
  public LabelGuard {
    if (!(labelPAbove >= 0.5 && labelPAbove < 1)) {
      throw new IllegalArgumentException("flip.confident_label.label_p_above must be in [0.5, 1), got " + labelPAbove);
    }
  }

  /** Whether the label of this pair is confident enough to need the stronger vote. */
  public boolean protects(double labelP) {
    boolean hard = labelP == 0 || labelP == 1;
    return (hardLabels || !hard) && Math.max(labelP, 1 - labelP) > labelPAbove;
  }

  /** Whether the vote is strong enough to flip a confident label anyway. */
  boolean overruled(double labelP, PairStrength strength) {
    return strength.mean() < bar(labelP);
  }

  /** The mean strength a flip of this label must be below. */
  double bar(double labelP) {
    if (meanBelow != null) {
      return meanBelow.value();
    }
    double p = Math.max(labelP, 1 - labelP);
    return p >= 1 ? Double.NEGATIVE_INFINITY : -Math.log(p / (1 - p));
  }

  List<Threshold> thresholds() {
    return meanBelow == null ? List.of() : List.of(meanBelow);
  }

  /** Resolved; never weaker than the flip threshold it guards ({@code flipBelow}). */
  LabelGuard resolve(QuantileSource source, Threshold flipBelow) {
    if (meanBelow == null) {
      return this;
    }
    Threshold resolved = meanBelow.resolve(source, Statistic.MEAN);
    return new LabelGuard(labelPAbove, resolved.value() > flipBelow.value() ? flipBelow : resolved, hardLabels);
  }

  String describe() {
    return "unless label_p is beyond " + Numbers.plain(labelPAbove) + (hardLabels ? "" : " (soft labels)")
        + ", which needs mean < " + (meanBelow == null ? "-logit(label_p)" : meanBelow.describe());
  }

  /** Why a pair the rule would flip keeps its label. */
  String blockedNote(double labelP, PairStrength strength) {
    return "; not flipped: label_p " + Numbers.format(labelP) + " is confident (beyond " + Numbers.plain(labelPAbove)
        + ") and " + Rule.mean(strength) + " is not below " + (meanBelow == null
        ? Numbers.format(bar(labelP)) + " = -logit(label_p)" : meanBelow.describe());
  }
}
