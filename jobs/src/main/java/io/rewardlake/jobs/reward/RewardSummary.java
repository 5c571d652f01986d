package io.rewardlake.jobs.reward;

import io.rewardlake.core.reward.MemberScales;
import io.rewardlake.core.reward.SelectionRule;
import io.rewardlake.core.stats.Interval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What {@code reward} did, and best-of-N against the gold score when the samples carry one. */
public record RewardSummary(String ensembleId, double lambda, long samples, long picks, MemberScales scales,
    String gold, OverOptimisation.Curve curve, double seconds) {

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "reward: ensemble '%s' scored %,d samples in %.1f s; lambda %.2f;"
        + " %,d best-of-N picks (rules mean, lcb, min)", ensembleId, samples, seconds, lambda, picks));
    lines.add(String.format(Locale.ROOT, "reward: member reward scales (std before standardising) %.3f to %.3f",
        Arrays.stream(scales.std()).min().orElse(0), Arrays.stream(scales.std()).max().orElse(0)));
    if (curve.isEmpty()) {
      lines.add("reward: the samples have no gold column '" + gold + "' (reward.gold): no best-of-N curve");
      return lines;
    }
    lines.add("reward: best-of-N gold ('" + gold + "', never seen by the ensemble): mean over prompts with >= N"
        + " candidates, 95% bootstrap interval over prompts");
    lines.add(String.format(Locale.ROOT, "reward: %5s %8s  %-22s %-22s %-22s %-22s %s", "N", "prompts", "random",
        SelectionRule.MEAN.id(), SelectionRule.LCB.id() + " (lambda " + lambda + ")", SelectionRule.MIN.id(),
        "lcb - mean"));
    for (OverOptimisation.Point p : curve.points()) {
      lines.add(String.format(Locale.ROOT, "reward: %5d %8d  %-22s %-22s %-22s %-22s %s", p.n(), p.prompts(),
          p.random().format(4), p.byRule()[0].format(4), p.byRule()[1].format(4), p.byRule()[2].format(4),
          signed(p.lcbMinusMean())));
    }
    OverOptimisation.Sweep sweep = curve.sweep();
    lines.add("reward: lambda sweep at N = " + sweep.n() + " (pick by mean - lambda * std; difference to the mean"
        + " pick, paired over prompts):");
    for (int i = 0; i < sweep.lambdas().size(); i++) {
      lines.add(String.format(Locale.ROOT, "reward:   lambda %-5s %s   vs mean %s", sweep.lambdas().get(i),
          sweep.gold().get(i).format(4), signed(sweep.minusMean().get(i))));
    }
    return lines;
  }

  private static String signed(Interval d) {
    return String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f]%s", d.estimate(), d.low(), d.high(),
        d.low() > 0 ? " better" : d.high() < 0 ? " worse" : "");
  }
}
