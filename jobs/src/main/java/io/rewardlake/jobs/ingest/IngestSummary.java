package io.rewardlake.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest did. Invariant, checked by {@link #isBalanced()} and asserted in tests:
 * {@code read = added + alreadyInLake + duplicates + rejected}.
 *
 * @param read records read (non-blank lines or rows)
 * @param added new pairs written to {@code pairs}
 * @param alreadyInLake unique pairs that were already in the lake (merge mode re-runs)
 * @param duplicates records whose pair_id appeared earlier in this input (their labels are merged into the pair)
 * @param relabelled pairs already in the lake whose label this ingest's annotations changed (merge mode)
 * @param severalLabels pairs this ingest labelled that hold more than one label
 * @param disagreeing of those, pairs whose labels do not all agree
 * @param rejected records written to {@code rejects}
 * @param rejectedByReason reject counts by reason code
 * @param blankLines blank lines skipped (not records)
 * @param notes skipped and empty files, splits, soft labels recorded as human
 */
public record IngestSummary(String source, int inputFiles, long read, long added, long alreadyInLake,
                            long duplicates, long relabelled, long severalLabels, long disagreeing, long rejected,
                            Map<String, Long> rejectedByReason, long blankLines, long pairsTableVersion,
                            String pairsPath, String rejectsPath, List<String> notes, double seconds) {

  public IngestSummary {
    rejectedByReason = new TreeMap<>(rejectedByReason);
    notes = List.copyOf(notes);
  }

  public boolean isBalanced() {
    return read == added + alreadyInLake + duplicates + rejected;
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "ingest %s: %,d records read from %d file(s) in %.1f s", source, read,
        inputFiles, seconds));
    lines.add(String.format(Locale.ROOT, "  accepted, new      %,12d", added));
    lines.add(String.format(Locale.ROOT, "  already in lake    %,12d  (labels merged: %,d pairs relabelled)",
        alreadyInLake, relabelled));
    lines.add(String.format(Locale.ROOT, "  duplicates         %,12d  (labels merged into the pair read first)",
        duplicates));
    lines.add(String.format(Locale.ROOT, "  rejected           %,12d", rejected));
    rejectedByReason.forEach((reason, count) ->
        lines.add(String.format(Locale.ROOT, "    %-20s %,10d", reason, count)));
    if (blankLines > 0) {
      lines.add(String.format(Locale.ROOT, "  (blank lines skipped: %,d)", blankLines));
    }
    lines.add("  accounted: read = new + already + duplicates + rejected: " + (isBalanced() ? "yes" : "NO"));
    lines.add(String.format(Locale.ROOT, "  labels: %,d pairs hold several (mean kept in label_p), %,d of them disagree",
        severalLabels, disagreeing));
    notes.forEach(note -> lines.add("  " + note));
    lines.add("  pairs   -> " + pairsPath + " (version " + pairsTableVersion + ")");
    lines.add("  rejects -> " + rejectsPath);
    return lines;
  }
}
