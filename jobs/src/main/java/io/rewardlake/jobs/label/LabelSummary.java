package io.rewardlake.jobs.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code label} did.
 *
 * @param selected pairs the run was asked to label
 * @param alreadyLabelled of those, pairs with an ok label from the same judge, template and mode (skipped)
 * @param tally pairs judged this run, by status, with the tokens and cost they were billed
 * @param seconds the whole run
 * @param batchesSeconds judging and committing the micro-batches: {@code seconds} less finding the pairs to judge,
 *     distilling and evaluating
 * @param judgingSeconds of {@code batchesSeconds}, the Spark stages that call the judge (commits excluded)
 * @param distilled rows written to {@code pairs_ai}; -1 without {@code --distill}
 * @param evaluation null without {@code --evaluate}
 * @param leftForLater pending pairs the run did not judge because its budget was reached
 * @param dryRun the estimate of a {@code --dry-run}, which judged nothing; null otherwise
 */
public record LabelSummary(String judgeId, String templateId, String mode, String judgeDescription, long selected,
    long alreadyLabelled, Tally tally, double seconds, double batchesSeconds, double judgingSeconds, long distilled,
    LabelEvaluation evaluation, long leftForLater, Spending spending, LabelEstimate dryRun) {
  public LabelSummary {
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(spending, "spending");
  }

  static LabelSummary dryRun(String judgeId, String templateId, String mode, String judgeDescription, long selected,
      long alreadyLabelled, LabelEstimate estimate, double seconds) {
    return new LabelSummary(judgeId, templateId, mode, judgeDescription, selected, alreadyLabelled, Tally.EMPTY,
        seconds, 0, 0, -1, null, 0, Spending.UNLIMITED, Objects.requireNonNull(estimate, "estimate"));
  }

  public Map<String, Long> statuses() {
    return tally.statuses();
  }

  public long judged() {
    return tally.pairs();
  }

  public long ok() {
    return statuses().getOrDefault("ok", 0L);
  }

  public long failed() {
    return judged() - ok();
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("label: judge " + judgeId + " (" + judgeDescription + ")");
    lines.add("  template " + templateId + ", mode " + mode);
    if (dryRun != null) {
      lines.add(String.format(Locale.ROOT, "  %,d pairs selected, %,d already labelled (skipped)", selected,
          alreadyLabelled));
      lines.addAll(dryRun.lines());
      return lines;
    }
    lines.add(String.format(Locale.ROOT, "  %,d pairs selected, %,d already labelled (skipped), %,d judged in %.1f s"
        + " (%.1f pairs/s), %.1f s with the commits, %.1f s in all", selected, alreadyLabelled, judged(),
        judgingSeconds, judged() / Math.max(judgingSeconds, 1e-9), batchesSeconds, seconds));
    lines.add("  by status: " + (statuses().isEmpty() ? "(nothing to judge)" : statuses().toString()));
    if (tally.tokens() > 0) {
      lines.add(tokensLine());
    }
    if (tally.cachedCalls() > 0) {
      lines.add(String.format(Locale.ROOT, "  judge_cache: %,d requests answered from replies paid for before (not"
          + " sent, not billed)", tally.cachedCalls()));
    }
    if (leftForLater > 0) {
      lines.add(String.format(Locale.ROOT, "  stopped at the %s: %,d pairs left; run label again (with a larger"
          + " budget) to judge them", spending.describe(), leftForLater));
    }
    if (distilled >= 0) {
      lines.add(String.format(Locale.ROOT, "  pairs_ai: %,d rows written (train --input pairs_ai fits a reward"
          + " model on the soft labels)", distilled));
    }
    if (evaluation != null) {
      lines.addAll(evaluation.lines());
    }
    return lines;
  }

  private String tokensLine() {
    String source = tally.estimatedRows() == 0 ? "from the replies' usage"
        : String.format(Locale.ROOT, "%,d pairs estimated at 4 characters per token: their replies had no usage",
            tally.estimatedRows());
    String cost = tally.cost() == null ? "" : String.format(Locale.ROOT, ", cost %.4f", tally.cost());
    return String.format(Locale.ROOT, "  tokens: %,d prompt + %,d completion (%s)%s", tally.promptTokens(),
        tally.completionTokens(), source, cost);
  }
}
