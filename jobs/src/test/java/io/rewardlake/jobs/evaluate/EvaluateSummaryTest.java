package io.rewardlake.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.jobs.evaluate.EvaluateSummary.Accuracy;
import io.rewardlake.jobs.evaluate.EvaluateSummary.FlipAction;
import io.rewardlake.jobs.vote.FlipDetection;
import org.junit.jupiter.api.Test;

class EvaluateSummaryTest {

  @Test
  void theGapClosedIsTheCleanedGainOverTheOracleGain() {
    EvaluateSummary summary = new EvaluateSummary(null, null, new Accuracy("main", 0.70, 100),
        new Accuracy("cleaned", 0.72, 100), new Accuracy("oracle", 0.74, 100));

    assertThat(summary.gapClosed()).isCloseTo(0.5, within(1e-12));
    assertThat(summary.lines()).anyMatch(line -> line.contains("closes 50% of the raw-to-oracle gap"));
  }

  @Test
  void aCleanedEnsembleWorseThanRawClosesANegativeShare() {
    EvaluateSummary summary = new EvaluateSummary(null, null, new Accuracy("main", 0.7381, 2001),
        new Accuracy("cleaned", 0.7251, 2001), new Accuracy("oracle", 0.7441, 2001));

    assertThat(summary.gapClosed()).isCloseTo(-0.013 / 0.006, within(1e-9));
  }

  @Test
  void withoutAllThreeAccuraciesThereIsNoGap() {
    EvaluateSummary noOracle = new EvaluateSummary(null, null, new Accuracy("main", 0.7, 1),
        new Accuracy("cleaned", 0.8, 1), null);
    EvaluateSummary sameAsRaw = new EvaluateSummary(null, null, new Accuracy("main", 0.7, 1),
        new Accuracy("cleaned", 0.8, 1), new Accuracy("oracle", 0.7, 1));

    assertThat(noOracle.gapClosed()).isNaN();
    assertThat(sameAsRaw.gapClosed()).isNaN();
    assertThat(noOracle.lines()).noneMatch(line -> line.contains("gap"));
  }

  @Test
  void flipActionPrecisionAndRecallAreSharesOfWhatWasFlippedAndWhatWasInjected() {
    FlipAction action = new FlipAction(2998, 3400, 1709);

    assertThat(action.precision()).isCloseTo(1709 / 2998.0, within(1e-12));
    assertThat(action.recall()).isCloseTo(1709 / 3400.0, within(1e-12));
    assertThat(new FlipAction(0, 0, 0).precision()).isNaN();
    assertThat(new EvaluateSummary(null, new FlipAction(0, 3400, 0), new Accuracy("main", 0.7, 10), null, null).lines())
        .contains("evaluate: flip action precision n/a, recall 0.000 (0 flipped by cleaning, 3,400 injected, 0 both)");
  }

  @Test
  void aCorpusWithoutGroundTruthSaysSo() {
    assertThat(new EvaluateSummary(null, null, null, null, null).lines())
        .containsExactly("evaluate: the pairs carry no ground truth (meta.flipped / meta.true_p_chosen): nothing to"
            + " evaluate as they are; audit what cleaning would do with: rewardlake evaluate --inject-flips 0.2");
    assertThat(new EvaluateSummary(new FlipDetection(10, 2, 0.75), null, null, null, null).lines())
        .anyMatch(line -> line.contains("ROC-AUC 0.750"));
  }
}
