package io.rewardlake.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Every action with its target, margin, weight and reason; the precedence drop, flip, smooth, margin, keep; pairs
 * the policy cannot judge.
 */
class CleanerTest {
  /** Absolute thresholds: drop below -3 or above std 2, flip below -1, smooth in [-0.5, 0.5], margin above 0.5. */
  private static final CleaningPolicy ABSOLUTE = new CleaningPolicy("test", "all rules",
      new DropRule(abs(-3), abs(2)), new FlipRule(abs(-1), 0), new SmoothRule(abs(-0.5), abs(0.5), 0.2),
      new MarginRule(abs(0.5), 0.5, abs(1.0)));
  private final Cleaner cleaner = new Cleaner(ABSOLUTE, "main");

  @Test
  void keepWhenNoRuleApplies() {
    CleaningPolicy flipOnly = new CleaningPolicy("flip-only", "", null, new FlipRule(abs(-1), 0), null, null);
    PairDecision decision = new Cleaner(flipOnly, "main").decide(1.0, strength(0.3, 0.1, 8, 10));

    assertThat(decision).isEqualTo(new PairDecision(Action.KEEP, false, 1.0, 0, 1,
        "mean strength 0.30: no rule of policy flip-only applies"));
  }

  @Test
  void flipSwapsAndKeepsTheLabelsConfidence() {
    PairDecision decision = cleaner.decide(0.9, strength(-1.31, 0.5, 1, 10));

    assertThat(decision).isEqualTo(new PairDecision(Action.FLIP, true, 0.9, 0, 1,
        "mean strength -1.31 < flip threshold -1.00; 9/10 members prefer rejected"));
  }

  @Test
  void smoothCapsTheLabelsConfidenceAndLeavesASofterLabelAlone() {
    PairDecision hard = cleaner.decide(1.0, strength(0.12, 0.3, 6, 10));
    PairDecision soft = cleaner.decide(0.75, strength(-0.5, 0.3, 4, 10));

    assertThat(hard.action()).isEqualTo(Action.SMOOTH);
    assertThat(hard.targetP()).isCloseTo(0.8, within(1e-12));
    assertThat(hard.margin()).isZero();
    assertThat(hard.weight()).isEqualTo(1.0);
    assertThat(hard.swapped()).isFalse();
    assertThat(hard.reason()).isEqualTo(
        "mean strength 0.12 in smoothing band [-0.50, 0.50]; target 1.00 -> 0.80 (cap, epsilon 0.2)");
    // The band is inclusive; 0.75 is already softer than the cap 0.8, so the label stays as it is.
    assertThat(soft.action()).isEqualTo(Action.KEEP);
    assertThat(soft.targetP()).isEqualTo(0.75);
    assertThat(soft.reason()).contains("smoothing band", "already no surer than 0.80, kept");
  }

  @Test
  void smoothByMixingMovesEveryLabelTowardsATie() {
    CleaningPolicy mix = new CleaningPolicy("mix", "", null, null,
        new SmoothRule(abs(-0.5), abs(0.5), 0.2, SmoothRule.Mode.MIX), null);
    // p(1 - e) + (1 - p)e = 0.75 * 0.8 + 0.25 * 0.2
    assertThat(new Cleaner(mix, "main").decide(0.75, strength(0.1, 0.3, 6, 10)).targetP())
        .isCloseTo(0.65, within(1e-12));
  }

  @Test
  void marginIsTheScaledMeanClippedAtTheCap() {
    PairDecision modest = cleaner.decide(1.0, strength(1.2, 0.3, 10, 10));
    PairDecision capped = cleaner.decide(1.0, strength(2.9, 0.3, 10, 10));

    assertThat(modest).isEqualTo(new PairDecision(Action.MARGIN, false, 1.0, 0.6, 1,
        "mean strength 1.20 > margin threshold 0.50; margin 0.60 = clip(0.5 x 1.20, 0, 1.00)"));
    assertThat(capped.margin()).isEqualTo(1.0);
  }

  @Test
  void marginIsNeverNegativeEvenWithANegativeThreshold() {
    CleaningPolicy policy = new CleaningPolicy("m", "", null, null, null, new MarginRule(abs(-2), 1, abs(3)));
    PairDecision decision = new Cleaner(policy, "main").decide(1.0, strength(-1, 0.1, 2, 10));

    assertThat(decision.action()).isEqualTo(Action.MARGIN);
    assertThat(decision.margin()).isZero();
  }

  @Test
  void dropKeepsTheRowWithWeightZeroForAStronglyNegativeMeanOrDisagreeingMembers() {
    PairDecision negative = cleaner.decide(1.0, strength(-3.5, 0.5, 0, 10));
    PairDecision disputed = cleaner.decide(1.0, strength(0.8, 2.4, 6, 10));

    assertThat(negative).isEqualTo(new PairDecision(Action.DROP, false, 1.0, 0, 0,
        "mean strength -3.50 < drop threshold -3.00; 10/10 members prefer rejected"));
    assertThat(disputed).isEqualTo(new PairDecision(Action.DROP, false, 1.0, 0, 0,
        "strength std 2.40 > drop threshold 2.00: the members disagree (mean strength 0.80)"));
  }

  @Test
  void precedenceIsDropFlipSmoothMarginKeep() {
    // Overlapping rules: everything below 1 is in the drop/flip/smooth/margin ranges at once.
    CleaningPolicy overlapping = new CleaningPolicy("overlap", "", new DropRule(abs(-2), null),
        new FlipRule(abs(-1), 0), new SmoothRule(abs(-5), abs(1), 0.1), new MarginRule(abs(-5), 1, abs(2)));
    Cleaner overlap = new Cleaner(overlapping, "main");

    assertThat(overlap.decide(1.0, strength(-2.5, 0.1, 0, 4)).action()).isEqualTo(Action.DROP);
    assertThat(overlap.decide(1.0, strength(-1.5, 0.1, 0, 4)).action()).isEqualTo(Action.FLIP);
    assertThat(overlap.decide(1.0, strength(0.5, 0.1, 3, 4)).action()).isEqualTo(Action.SMOOTH);
    assertThat(overlap.decide(1.0, strength(1.5, 0.1, 4, 4)).action()).isEqualTo(Action.MARGIN);
    assertThat(overlapping.rules()).extracting(Rule::action)
        .containsExactly(Action.DROP, Action.FLIP, Action.SMOOTH, Action.MARGIN);
  }

  @Test
  void tooFewMembersAgainstBlocksAFlipAndTheNextDecisionSaysSo() {
    CleaningPolicy policy = new CleaningPolicy("votes", "", null, new FlipRule(abs(-1), 0.7),
        new SmoothRule(abs(-2), abs(0), 0.1), null);
    Cleaner voting = new Cleaner(policy, "main");

    assertThat(voting.decide(1.0, strength(-1.5, 2, 3, 10)).action()).isEqualTo(Action.FLIP);
    PairDecision blocked = voting.decide(1.0, strength(-1.5, 2, 4, 10));
    assertThat(blocked.action()).isEqualTo(Action.SMOOTH);
    assertThat(blocked.reason()).endsWith("; not flipped: only 6/10 members prefer rejected (flip needs 70%)");
    PairDecision kept = voting.decide(1.0, strength(-3, 2, 5, 10));
    assertThat(kept.action()).isEqualTo(Action.KEEP);
    assertThat(kept.reason()).isEqualTo("mean strength -3.00: no rule of policy votes applies; not flipped: only"
        + " 5/10 members prefer rejected (flip needs 70%)");
  }

  @Test
  void pairsWithoutAVoteAreKeptAndUnlabelledPairsDropped() {
    assertThat(cleaner.decide(1.0, null))
        .isEqualTo(new PairDecision(Action.KEEP, false, 1.0, 0, 1, "no strength row for ensemble main"));
    assertThat(cleaner.decide(0.5, strength(Double.NaN, Double.NaN, 0, 0))).isEqualTo(new PairDecision(
        Action.KEEP, false, 0.5, 0, 1, "strength row of ensemble main has no usable vote (0 voting members, mean"
        + " NaN)"));
    PairDecision unlabelled = cleaner.decide(null, strength(-5, 0, 0, 10));
    assertThat(unlabelled.action()).isEqualTo(Action.DROP);
    assertThat(unlabelled.weight()).isZero();
    assertThat(unlabelled.targetP()).isEqualTo(0.5);
    assertThat(unlabelled.reason()).startsWith("no label (label_p is null)");
  }

  @Test
  void quantileThresholdsWorkOnceResolved() {
    CleaningPolicy quantiles = new CleaningPolicy("q", "", null, new FlipRule(Threshold.quantile(0.15), 0),
        new SmoothRule(Threshold.quantile(0.15), Threshold.quantile(0.4), 0.2),
        new MarginRule(Threshold.quantile(0.4), 1, Threshold.quantile(0.95)));
    assertThatThrownBy(() -> new Cleaner(quantiles, "main"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unresolved quantile thresholds");

    QuantileTable corpus = QuantileTable.of(Statistic.MEAN, quantiles.quantiles(Statistic.MEAN),
        new double[] {-0.82, 0.4, 2.1});
    Cleaner resolved = new Cleaner(quantiles.resolve(corpus), "main");

    assertThat(resolved.decide(1.0, strength(-1.31, 0.2, 1, 10)).reason())
        .isEqualTo("mean strength -1.31 < flip threshold -0.82 (q0.15); 9/10 members prefer rejected");
    assertThat(resolved.decide(1.0, strength(0, 0.2, 5, 10)).reason())
        .isEqualTo("mean strength 0.00 in smoothing band [-0.82 (q0.15), 0.40 (q0.4)]; target 1.00 -> 0.80"
            + " (cap, epsilon 0.2)");
    assertThat(resolved.decide(1.0, strength(3, 0.2, 10, 10)).reason())
        .isEqualTo("mean strength 3.00 > margin threshold 0.40 (q0.4); margin 2.10 = clip(1 x 3.00, 0, 2.10"
            + " (q0.95))");
  }

  @Test
  void aPolicyWithoutRulesKeepsEveryPair() {
    Cleaner none = new Cleaner(new CleaningPolicy("none", "keep everything", null, null, null, null), "main");

    assertThat(none.decide(1.0, strength(-9, 0, 0, 10)))
        .isEqualTo(new PairDecision(Action.KEEP, false, 1.0, 0, 1, "mean strength -9.00: no rule of policy none"
            + " applies"));
  }

  private static PairStrength strength(double mean, double std, int votesForChosen, int members) {
    return new PairStrength(mean, std, votesForChosen, members);
  }

  private static Threshold abs(double value) {
    return Threshold.absolute(value);
  }
}
