package io.rewardlake.jobs.jury;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code jury} wrote and what it saw of its judges. */
public record JurySummary(String juryId, List<String> judges, long pairs, JuryDiagnostics diagnostics,
    JuryDiagnostics.Verdicts verdicts, String ensemble, String path) {

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "jury '%s': %d judges on %,d pairs (%.2f judges per pair on average) -> %s",
        juryId, judges.size(), pairs, verdicts.meanJudges(), path));
    lines.add(String.format(Locale.ROOT, "  agreement: %.1f%% of the judges on the majority side on average;"
        + " unanimous on %,d pairs", 100 * verdicts.meanAgreement(), verdicts.unanimous()));
    lines.add("  judges (position bias: of the pairs judged in both orders, the first / second response shown won"
        + " both times):");
    for (int i = 0; i < judges.size(); i++) {
      String judge = judges.get(i);
      JuryDiagnostics.JudgeBias bias = diagnostics.biases().stream().filter(b -> b.judge().equals(judge))
          .findFirst().orElse(null);
      lines.add(bias == null || bias.bothOrders() == 0
          ? String.format(Locale.ROOT, "    J%d %s", i + 1, judge)
          : String.format(Locale.ROOT, "    J%d %s: %,d pairs, position bias first %.1f%% / second %.1f%%", i + 1,
              judge, bias.pairs(), 100 * bias.firstShown(), 100 * bias.secondShown()));
    }
    lines.add("  agreement matrix (share of shared pairs on the same side of 0.5):");
    StringBuilder header = new StringBuilder("        ");
    for (int j = 0; j < judges.size(); j++) {
      header.append(String.format(Locale.ROOT, "%8s", "J" + (j + 1)));
    }
    lines.add(header.toString());
    for (int i = 0; i < judges.size(); i++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %-4s", "J" + (i + 1)));
      for (int j = 0; j < judges.size(); j++) {
        line.append(String.format(Locale.ROOT, "%8s", cell(judges.get(i), judges.get(j))));
      }
      lines.add(line.toString());
    }
    lines.add("  strength: the jury votes as ensemble '" + juryId + "'" + (ensemble.isBlank() ? ""
        : " beside the members of '" + ensemble + "'") + "; rewardlake clean --ensemble " + juryId
        + " cleans by it");
    return lines;
  }

  private String cell(String a, String b) {
    if (a.equals(b)) {
      return "-";
    }
    String first = a.compareTo(b) < 0 ? a : b;
    String second = a.compareTo(b) < 0 ? b : a;
    return diagnostics.agreements().stream().filter(x -> x.first().equals(first) && x.second().equals(second))
        .findFirst().map(x -> String.format(Locale.ROOT, "%.1f%%", 100 * x.agree())).orElse("n/a");
  }
}
