package io.rewardlake.jobs.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The length-bias table as printed: one line per subject (labels, each ensemble) and group. */
public record LengthBiasSummary(String by, List<LengthBias.Figures> figures) {
  public LengthBiasSummary {
    figures = List.copyOf(figures);
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("length-bias: how often the longer response is preferred (decided pairs of unequal length), by " + by);
    lines.add(String.format(Locale.ROOT, "  %-14s %-28s %9s %9s %9s %9s %9s", "subject", "group", "pairs", "decided",
        "longer", "corr(x)", "slope"));
    for (LengthBias.Figures f : figures) {
      lines.add(String.format(Locale.ROOT, "  %-14s %-28s %,9d %,9d %9s %9s %9s", f.subject(), shorten(f.group()),
          f.pairs(), f.decided(), format(f.longerPreferred()), format(f.correlation()), format(f.slope())));
    }
    lines.add("  longer: share preferring the longer response (0.5 = no length preference); x = ln(len chosen /"
        + " len rejected); slope: strength per unit of x; results in the evaluations table (evaluation length_bias)");
    return lines;
  }

  private static String shorten(String group) {
    return group.length() <= 28 ? group : group.substring(0, 25) + "...";
  }

  private static String format(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
