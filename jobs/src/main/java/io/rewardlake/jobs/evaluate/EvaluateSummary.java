package io.rewardlake.jobs.evaluate;

import io.rewardlake.jobs.vote.FlipDetection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation's figures; any part the lake cannot support (no ground truth, no cleaned ensemble) is null.
 *
 * @param flips ROC-AUC of −strength_mean for "was flipped"
 * @param flipAction precision and recall of the clean stage's flip action
 * @param raw held-out accuracy against true preferences, ensemble trained on raw pairs
 * @param cleaned the same for the ensemble trained on pairs_clean
 * @param oracle the same for the ensemble trained on the oracle-clean corpus
 */
public record EvaluateSummary(FlipDetection flips, FlipAction flipAction, Accuracy raw, Accuracy cleaned,
    Accuracy oracle) {

  /** Precision and recall of the flip action against injected flips. */
  public record FlipAction(long flipped, long injected, long correct) {
    public double precision() {
      return flipped == 0 ? Double.NaN : correct / (double) flipped;
    }

    public double recall() {
      return injected == 0 ? Double.NaN : correct / (double) injected;
    }
  }

  /** An ensemble's test-split accuracy against the true preferences. */
  public record Accuracy(String ensembleId, double accuracy, long pairs) {}

  /** Share of the raw-to-oracle accuracy gap the cleaned ensemble closes (NaN without all three). */
  public double gapClosed() {
    if (raw == null || cleaned == null || oracle == null || oracle.accuracy() == raw.accuracy()) {
      return Double.NaN;
    }
    return (cleaned.accuracy() - raw.accuracy()) / (oracle.accuracy() - raw.accuracy());
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (flips == null && raw == null) {
      lines.add("evaluate: the pairs carry no ground truth (meta.flipped / meta.true_p_chosen): nothing to evaluate"
          + " as they are; audit what cleaning would do with: rewardlake evaluate --inject-flips 0.2");
      return lines;
    }
    if (flips != null) {
      lines.add(String.format(Locale.ROOT, "evaluate: flip detection ROC-AUC %.3f (-strength_mean vs injected flip,"
          + " %,d flipped of %,d pairs; target >= 0.9)", flips.auc(), flips.flipped(), flips.pairs()));
    }
    if (flipAction != null) {
      lines.add(String.format(Locale.ROOT, "evaluate: flip action precision %s, recall %.3f (%,d flipped by"
          + " cleaning, %,d injected, %,d both)", Double.isNaN(flipAction.precision()) ? "n/a"
          : String.format(Locale.ROOT, "%.3f", flipAction.precision()), flipAction.recall(), flipAction.flipped(),
          flipAction.injected(), flipAction.correct()));
    }
    for (Accuracy accuracy : new Accuracy[] {raw, cleaned, oracle}) {
      if (accuracy != null) {
        lines.add(String.format(Locale.ROOT, "evaluate: test accuracy vs true preferences %.4f  ensemble '%s'"
            + " (%,d pairs)", accuracy.accuracy(), accuracy.ensembleId(), accuracy.pairs()));
      }
    }
    if (!Double.isNaN(gapClosed())) {
      lines.add(String.format(Locale.ROOT, "evaluate: cleaning closes %.0f%% of the raw-to-oracle gap (%+.4f of"
          + " %+.4f; target >= 50%%)", 100 * gapClosed(), cleaned.accuracy() - raw.accuracy(),
          oracle.accuracy() - raw.accuracy()));
    }
    return lines;
  }
}
