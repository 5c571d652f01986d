package io.rewardlake.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cleaning that respects what a label already says: the confident-label guard, flip thresholds that never reach 0,
 * a policy's scope by label source and source, and flips withheld for the run.
 */
class SoftLabelCleaningTest {
  private static final LabelGuard LOG_ODDS = new LabelGuard(0.9, null, false);

  @Test
  void aConfidentSoftLabelIsFlippedOnlyWhenTheVoteIsSurerThanTheLabel() {
    Cleaner cleaner = cleaner(new FlipRule(Threshold.absolute(-0.5), 0.7, LOG_ODDS));
    // -logit(0.97) = -3.48: a vote of -1.0 is below the flip threshold but far less sure than the label.
    PairDecision weak = cleaner.decide(0.97, strength(-1.0));
    assertThat(weak.action()).isEqualTo(Action.KEEP);
    assertThat(weak.targetP()).isEqualTo(0.97);
    assertThat(weak.reason()).contains("not flipped: label_p 0.97 is confident (beyond 0.9)",
        "mean strength -1.00 is not below -3.48 = -logit(label_p)");
    assertThat(cleaner.decide(0.97, strength(-3.6)).action()).isEqualTo(Action.FLIP);
    // Labels no surer than 0.9, and hard labels (one annotator's choice, not a confidence), are left to the rule.
    assertThat(cleaner.decide(0.85, strength(-1.0)).action()).isEqualTo(Action.FLIP);
    assertThat(cleaner.decide(1.0, strength(-1.0)).action()).isEqualTo(Action.FLIP);
  }

  @Test
  void theGuardCanTakeHardLabelsAndAThresholdOfItsOwn() {
    LabelGuard guard = new LabelGuard(0.9, Threshold.absolute(-2), true);
    Cleaner cleaner = cleaner(new FlipRule(Threshold.absolute(-0.5), 0, guard));
    assertThat(cleaner.decide(1.0, strength(-1.0)).action()).isEqualTo(Action.KEEP);
    assertThat(cleaner.decide(1.0, strength(-1.0)).reason()).contains("is not below -2.00");
    assertThat(cleaner.decide(1.0, strength(-2.5)).action()).isEqualTo(Action.FLIP);
    assertThatThrownBy(() -> new LabelGuard(1.0, null, false)).hasMessageContaining("label_p_above must be in");
  }

  @Test
  void aQuantileFlipThresholdAtOrAboveZeroIsCappedSoOnlyVotesAgainstFlip() {
    // On a corpus the ensemble mostly agrees with, the 15th percentile of strength is positive (+0.17).
    QuantileTable quantiles = QuantileTable.of(Statistic.MEAN, new double[] {0.15}, new double[] {0.17});
    FlipRule rule = new FlipRule(Threshold.quantile(0.15), 0).resolve(quantiles);
    assertThat(rule.meanBelow().value()).isZero();
    assertThat(rule.describe()).isEqualTo("flip when mean < 0.00 (q0.15 = 0.17, capped)");
    Cleaner cleaner = cleaner(rule);
    assertThat(cleaner.decide(1.0, strength(0.1)).action()).as("the vote agrees: never flipped")
        .isEqualTo(Action.KEEP);
    assertThat(cleaner.decide(1.0, strength(-0.1)).action()).isEqualTo(Action.FLIP);
    // A negative quantile is left as it is, and an absolute threshold of 0 or more is refused outright.
    QuantileTable negative = QuantileTable.of(Statistic.MEAN, new double[] {0.15}, new double[] {-0.8});
    assertThat(new FlipRule(Threshold.quantile(0.15), 0).resolve(negative).meanBelow().value()).isEqualTo(-0.8);
    assertThatThrownBy(() -> new FlipRule(Threshold.absolute(0.2), 0)).hasMessageContaining("must be negative");
  }

  @Test
  void pairsOutsideThePolicysScopeAreKeptWithTheReason() {
    CleaningPolicy humanOnly = new CleaningPolicy("human-only", "", null, new FlipRule(Threshold.absolute(-0.5), 0),
        null, null, new PolicyScope(List.of(), List.of("human")));
    Cleaner cleaner = new Cleaner(humanOnly, "main");
    PairDecision judged = cleaner.decide(0.99, "ai", "alpaca", strength(-5));
    assertThat(judged.action()).isEqualTo(Action.KEEP);
    assertThat(judged.reason()).isEqualTo("label_source ai is outside the policy's label_sources [human]: kept as"
        + " labelled");
    assertThat(cleaner.decide(1.0, "human", "hh", strength(-5)).action()).isEqualTo(Action.FLIP);
    assertThat(humanOnly.describe().get(0)).isEqualTo("only pairs with label_source in [human] (others kept as"
        + " labelled)");
    CleaningPolicy oneSource = new CleaningPolicy("one", "", null, new FlipRule(Threshold.absolute(-0.5), 0), null,
        null, new PolicyScope(List.of("hh"), List.of()));
    assertThat(new Cleaner(oneSource, "main").decide(1.0, "human", "other", strength(-5)).reason())
        .startsWith("source other is outside the policy's sources [hh]");
  }

  @Test
  void withheldFlipsFallThroughToTheLaterRulesAndSayWhy() {
    CleaningPolicy policy = new CleaningPolicy("p", "", null, new FlipRule(Threshold.absolute(-0.5), 0),
        new SmoothRule(Threshold.absolute(-9), Threshold.absolute(0), 0.2), null)
        .withFlipsWithheld("the vote is no better than the length baseline");
    PairDecision decision = new Cleaner(policy, "main").decide(1.0, strength(-1.0));
    assertThat(decision.action()).isEqualTo(Action.SMOOTH);
    assertThat(decision.reason()).endsWith("; not flipped: the vote is no better than the length baseline");
    assertThat(policy.describe().get(0)).contains("WITHHELD: the vote is no better");
  }

  private static Cleaner cleaner(FlipRule flip) {
    return new Cleaner(new CleaningPolicy("soft", "", null, flip, null, null), "main");
  }

  private static PairStrength strength(double mean) {
    return new PairStrength(mean, 0.1, mean > 0 ? 10 : 0, 10);
  }
}
