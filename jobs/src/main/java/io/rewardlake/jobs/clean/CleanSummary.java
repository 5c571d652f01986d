package io.rewardlake.jobs.clean;

import io.rewardlake.core.clean.Action;
import io.rewardlake.core.clean.ActionTally;
import io.rewardlake.core.clean.ActionTally.Truth;
import io.rewardlake.core.clean.CleaningPolicy;
import io.rewardlake.core.clean.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code clean} did.
 *
 * @param policy the policy with its thresholds resolved on this corpus
 * @param policySource where the policy came from ("preset secrets-ii", "file ...")
 * @param voteCheck what the comparison of the vote with trivial baselines printed (empty when not run)
 * @param tally pairs per action, and per ground truth when the corpus has it
 * @param rowsWritten rows of the {@code pairs_clean} commit
 */
public record CleanSummary(CleaningPolicy policy, String policySource, String ensembleId, List<String> voteCheck,
    ActionTally tally, long rowsWritten, String table, double seconds) {

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "clean: policy %s (%s) on ensemble '%s': %,d pairs, %,d voted, %,d without"
        + " a strength row", policy.id(), policySource, ensembleId, tally.pairs(), tally.voted(),
        tally.pairs() - tally.voted()));
    lines.addAll(voteCheck);
    policy.describe().forEach(rule -> lines.add("clean:   " + rule));
    for (Action action : Action.values()) {
      lines.add(String.format(Locale.ROOT, "clean:   %-7s %,12d  %5.1f%%", action.label(), tally.count(action),
          100 * tally.share(action)));
    }
    for (Rule rule : policy.rules()) {
      Truth truth = rule.action() == Action.SMOOTH ? Truth.AMBIGUOUS : Truth.FLIPPED;
      if (rule.action() != Action.MARGIN && tally.positives(truth) > 0) {
        lines.add(truthLine(rule.action(), truth));
      }
    }
    lines.add(String.format(Locale.ROOT, "clean: wrote %,d rows to %s in %.1f s", rowsWritten, table, seconds));
    return lines;
  }

  /** "flip vs injected flips (meta.flipped): precision 0.912, recall 0.734 (3,400 of 20,000 pairs)". */
  private String truthLine(Action action, Truth truth) {
    double precision = tally.precision(action, truth);
    return String.format(Locale.ROOT, "clean: %s vs %s (meta.%s): precision %s, recall %.3f (%,d of %,d pairs"
        + " with ground truth)", action.label(), truth.label(), truth.metaKey(), Double.isNaN(precision)
        ? "n/a (no pair got " + action.label() + ")" : String.format(Locale.ROOT, "%.3f", precision),
        tally.recall(action, truth), tally.positives(truth), tally.withTruth(truth));
  }
}
