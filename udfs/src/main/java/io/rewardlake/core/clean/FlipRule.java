package io.rewardlake.core.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Flip (swap chosen and rejected) pairs whose mean strength is below {@code meanBelow}, provided at least
 * {@code minVotesAgainst} of the voting members prefer rejected (0: the mean alone decides) and, with a
 * {@link LabelGuard}, the label is not confident beyond the guard unless the vote is stronger still. The target
 * stays label_p: the label's confidence now points the other way.
 *
 * <p>The threshold is never at or above 0: an absolute one must be negative, and a quantile that resolves to 0 or
 * more (on a corpus the ensemble mostly agrees with) is capped at 0, so only pairs the ensemble votes against are
 * flipped.
 */
public record FlipRule(Threshold meanBelow, double minVotesAgainst, LabelGuard confidentLabel, String withheld)
    implements Rule {

  public FlipRule {
    if (meanBelow == null) {
      throw new IllegalArgumentException("flip.mean_below is required: flip pairs whose mean strength is below it");
    }
    if (!meanBelow.isQuantile() && meanBelow.value() >= 0 && !meanBelow.isCapped()) {
      throw new IllegalArgumentException("flip.mean_below must be negative, got " + meanBelow.spec() + ": a pair"
          + " whose mean strength is 0 or more is one the ensemble agrees with");
    }
    if (!(minVotesAgainst >= 0 && minVotesAgainst <= 1)) {
      throw new IllegalArgumentException("flip.min_votes_against must be a share of the members in [0, 1], got "
          + minVotesAgainst);
    }
  }

  /** An active rule. */
  public FlipRule(Threshold meanBelow, double minVotesAgainst, LabelGuard confidentLabel) {
    this(meanBelow, minVotesAgainst, confidentLabel, null);
  }

  /** An active rule without the confident-label guard. */
  public FlipRule(Threshold meanBelow, double minVotesAgainst) {
    this(meanBelow, minVotesAgainst, null, null);
  }

  /**
   * This rule switched off for the run, {@code why} being the reason every pair it would have flipped carries (e.g.
   * the vote is no better than a trivial baseline). Such pairs fall through to the later rules.
   */
  public FlipRule withheld(String why) {
    return new FlipRule(meanBelow, minVotesAgainst, confidentLabel, java.util.Objects.requireNonNull(why));
  }

  @Override
  public Action action() {
    return Action.FLIP;
  }

  @Override
  public List<Threshold> thresholds(Statistic statistic) {
    if (statistic != Statistic.MEAN) {
      return List.of();
    }
    List<Threshold> thresholds = new ArrayList<>(List.of(meanBelow));
    if (confidentLabel != null) {
      thresholds.addAll(confidentLabel.thresholds());
    }
    return thresholds;
  }

  @Override
  public FlipRule resolve(QuantileSource source) {
    Threshold resolved = meanBelow.resolve(source, Statistic.MEAN).capAt(0);
    return new FlipRule(resolved, minVotesAgainst,
        confidentLabel == null ? null : confidentLabel.resolve(source, resolved), withheld);
  }

  @Override
  public String describe() {
    return "flip when mean < " + meanBelow.describe() + (minVotesAgainst > 0
        ? " and at least " + Numbers.percent(minVotesAgainst) + " of the members prefer rejected" : "")
        + (confidentLabel == null ? "" : ", " + confidentLabel.describe())
        + (withheld == null ? "" : " -- WITHHELD: " + withheld);
  }

  @Override
  public PairDecision decide(double labelP, PairStrength strength) {
    if (withheld == null && strength.mean() < meanBelow.value() && strength.shareAgainst() >= minVotesAgainst
        && !guarded(labelP, strength)) {
      return new PairDecision(Action.FLIP, true, labelP, 0, 1, Rule.mean(strength) + " < flip threshold "
          + meanBelow.describe() + "; " + strength.againstText());
    }
    return null;
  }

  private boolean guarded(double labelP, PairStrength strength) {
    return confidentLabel != null && confidentLabel.protects(labelP) && !confidentLabel.overruled(labelP, strength);
  }

  /** Why a pair below the threshold was not flipped, to append to its reason; or "". */
  String blockedNote(double labelP, PairStrength strength) {
    if (!(strength.mean() < meanBelow.value())) {
      return "";
    }
    if (withheld != null) {
      return "; not flipped: " + withheld;
    }
    if (strength.shareAgainst() < minVotesAgainst) {
      return "; not flipped: only " + strength.againstText() + " (flip needs " + Numbers.percent(minVotesAgainst)
          + ")";
    }
    return guarded(labelP, strength) ? confidentLabel.blockedNote(labelP, strength) : "";
  }
}
