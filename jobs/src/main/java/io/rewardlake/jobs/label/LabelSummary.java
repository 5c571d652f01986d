package io.rewardlake.jobs.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code label} did.
 *
 * @param selected pairs the run was asked to label
 * @param alreadyLabelled of those, pairs with an ok label from the same judge, template and mode (skipped)
 * @param statuses pairs judged this run, by status
 * @param seconds the whole run
 * @param batchesSeconds judging and committing the micro-batches: {@code seconds} less finding the pairs to judge,
 *     distilling and evaluating
 * @param judgingSeconds of {@code batchesSeconds}, the Spark stages that call the judge (commits excluded)
 * @param distilled rows written to {@code pairs_ai}; -1 without {@code --distill}
 * @param evaluation null without {@code --evaluate}
 */
public record LabelSummary(String judgeId, String templateId, String mode, String judgeDescription, long selected,
    long alreadyLabelled, Map<String, Long> statuses, double seconds, double batchesSeconds, double judgingSeconds, long distilled, LabelEvaluation evaluation) {
  public LabelSummary {
    statuses = Map.copyOf(statuses);
  }

  public long judged() {
    return statuses.values().stream().mapToLong(Long::longValue).sum();
  }

  public long ok() {
    return statuses.getOrDefault("ok", 0L);
  }

  public long failed() {
    return judged() - ok();
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("label: judge " + judgeId + " (" + judgeDescription + ")");
    lines.add("  template " + templateId + ", mode " + mode);
    lines.add(String.format(Locale.ROOT, "  %,d pairs selected, %,d already labelled (skipped), %,d judged in %.1f s"
        + " (%.1f pairs/s), %.1f s with the commits, %.1f s in all", selected, alreadyLabelled, judged(),
        judgingSeconds, judged() / Math.max(judgingSeconds, 1e-9), batchesSeconds, seconds));
    lines.add("  by status: " + (statuses.isEmpty() ? "(nothing to judge)" : statuses.toString()));
    if (distilled >= 0) {
      lines.add(String.format(Locale.ROOT, "  pairs_ai: %,d rows written (train --input pairs_ai fits a reward"
          + " model on the soft labels)", distilled));
    }
    if (evaluation != null) {
      lines.addAll(evaluation.lines());
    }
    return lines;
  }
}
