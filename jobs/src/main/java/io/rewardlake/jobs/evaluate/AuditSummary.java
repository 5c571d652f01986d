package io.rewardlake.jobs.evaluate;

import io.rewardlake.core.stats.Interval;
import io.rewardlake.jobs.vote.RocAuc;
import io.rewardlake.schemas.EvaluationsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the injected-noise audit measured.
 *
 * @param eligible decided training labels the injection could flip
 * @param flipped labels it flipped
 * @param policy the cleaning policy that ran on the copy
 */
public record AuditSummary(AuditConfig config, long eligible, long flipped, String policy, Detection detection,
    List<ActionScore> actions, HeldOut heldOut, SecondOpinion.Report deciles, double seconds) {

  /** Flip detection: the vote's ROC-AUC and a length-only score's, on all training pairs and length-matched ones. */
  public record Detection(String ensemble, RocAuc.Result vote, RocAuc.Result voteMatched, RocAuc.Result length,
      RocAuc.Result lengthMatched, boolean longerWins) {}

  /** One cleaning action against the injected flips. */
  public record ActionScore(String action, long pairs, long injectedAmong, long injectedTotal) {
    double precision() {
      return pairs == 0 ? Double.NaN : injectedAmong / (double) pairs;
    }

    double recall() {
      return injectedTotal == 0 ? Double.NaN : injectedAmong / (double) injectedTotal;
    }
  }

  /** Held-out accuracy of the raw, cleaned and oracle ensembles (in that order) and the paired differences. */
  public record HeldOut(List<String> ensembles, long pairs, Interval raw, Interval cleaned, Interval oracle,
      Interval cleanedMinusRaw, Interval oracleMinusRaw) {
    /** Share of the raw-to-oracle gap cleaning closes; NaN when there is no gap to close. */
    double gapClosed() {
      return oracleMinusRaw.estimate() <= 0 ? Double.NaN : cleanedMinusRaw.estimate() / oracleMinusRaw.estimate();
    }
  }

  /** The measured values as rows of the evaluations table. */
  EvaluationRows rows() {
    EvaluationRows rows = new EvaluationRows(EvaluationsTable.AUDIT, detection.ensemble(), Map.of(
        "source_lake", config.sourceLake(), "audit_lake", config.auditLake(), "share", String.valueOf(config.share()),
        "seed", String.valueOf(config.seed()), "policy", policy, "resamples", String.valueOf(config.resamples()),
        "eligible", String.valueOf(eligible), "ensembles", String.join(",", heldOut.ensembles())));
    rows.add("injected", "flipped", "training", eligible == 0 ? Double.NaN : flipped / (double) eligible, flipped);
    rows.add("flip_auc", "vote", "training", detection.vote().auc(), detection.vote().items());
    rows.add("flip_auc", "vote", "length_matched", detection.voteMatched().auc(), detection.voteMatched().items());
    rows.add("flip_auc", "length", "training", detection.length().auc(), detection.length().items());
    rows.add("flip_auc", "length", "length_matched", detection.lengthMatched().auc(),
        detection.lengthMatched().items());
    for (ActionScore a : actions) {
      rows.add("action_precision", a.action(), "training", a.precision(), a.pairs());
      rows.add("action_recall", a.action(), "training", a.recall(), a.injectedTotal());
    }
    rows.add("held_out_accuracy", "raw", "held_out", heldOut.raw(), heldOut.pairs());
    rows.add("held_out_accuracy", "cleaned", "held_out", heldOut.cleaned(), heldOut.pairs());
    rows.add("held_out_accuracy", "oracle", "held_out", heldOut.oracle(), heldOut.pairs());
    rows.add("vs_baseline", "cleaned", "held_out", heldOut.cleanedMinusRaw(), heldOut.pairs());
    rows.add("vs_baseline", "oracle", "held_out", heldOut.oracleMinusRaw(), heldOut.pairs());
    rows.add("gap_closed", "cleaned", "held_out", heldOut.gapClosed(), heldOut.pairs());
    return rows;
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("evaluate: injected-noise audit of " + config.sourceLake() + " (only read)");
    lines.add("  copy, models and tables of the audit: " + config.auditLake());
    lines.add(String.format(Locale.ROOT, "  injected: %,d of %,d decided training labels flipped (%.1f%%, seed %d)",
        flipped, eligible, eligible == 0 ? 0 : 100.0 * flipped / eligible, config.seed()));
    lines.addAll(detectionLines());
    if (deciles != null) {
      deciles.lines().forEach(line -> lines.add("  " + line.substring("evaluate: ".length())));
    }
    lines.add("  cleaning actions against the injected flips (policy " + policy + ", training pairs):");
    lines.add(String.format(Locale.ROOT, "    %-8s %9s %9s %10s %7s", "action", "pairs", "injected", "precision",
        "recall"));
    for (ActionScore a : actions) {
      lines.add(String.format(Locale.ROOT, "    %-8s %,9d %,9d %10s %7s", a.action(), a.pairs(), a.injectedAmong(),
          number(a.precision()), number(a.recall())));
    }
    lines.addAll(heldOutLines());
    lines.add(String.format(Locale.ROOT, "  audit took %.1f s", seconds));
    return lines;
  }

  private List<String> detectionLines() {
    List<String> lines = new ArrayList<>();
    lines.add("  flip detection, ROC-AUC (0.5 = chance, 1 = every flipped label scored above every other):");
    lines.add(String.format(Locale.ROOT, "    %-40s %14s %28s", "", "training pairs",
        "length-matched (within 20%)"));
    lines.add(String.format(Locale.ROOT, "    %-40s %14s %28s", "vote of '" + detection.ensemble() + "' (-strength)",
        auc(detection.vote()), auc(detection.voteMatched())));
    lines.add(String.format(Locale.ROOT, "    %-40s %14s %28s", "length only (the "
        + (detection.longerWins() ? "shorter" : "longer") + " is suspect)", auc(detection.length()),
        auc(detection.lengthMatched())));
    return lines;
  }

  private List<String> heldOutLines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "  held-out accuracy against the labels before injection (%,d test pairs,"
        + " 95%% bootstrap intervals, %,d resamples):", heldOut.pairs(), config.resamples()));
    List<String> names = heldOut.ensembles();
    lines.add(String.format(Locale.ROOT, "    %-44s %s", "raw: '" + names.get(0) + "' on the noisy copy",
        heldOut.raw().format(3)));
    lines.add(String.format(Locale.ROOT, "    %-44s %s   vs raw %s", "cleaned: '" + names.get(1) + "' on pairs_clean",
        heldOut.cleaned().format(3), signed(heldOut.cleanedMinusRaw())));
    lines.add(String.format(Locale.ROOT, "    %-44s %s   vs raw %s", "oracle: '" + names.get(2) + "' with the flips"
        + " undone", heldOut.oracle().format(3), signed(heldOut.oracleMinusRaw())));
    double gap = heldOut.gapClosed();
    lines.add("    share of the raw-to-oracle gap cleaning closes: " + (Double.isNaN(gap) ? "n/a (no gap)"
        : String.format(Locale.ROOT, "%.0f%%", 100 * gap)));
    return lines;
  }

  private static String auc(RocAuc.Result result) {
    return Double.isNaN(result.auc()) ? "n/a" : String.format(Locale.ROOT, "%.3f (%,d)", result.auc(),
        result.items());
  }

  private static String signed(Interval difference) {
    return String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", difference.estimate(), difference.low(),
        difference.high());
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }
}
