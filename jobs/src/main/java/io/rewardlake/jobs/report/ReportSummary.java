package io.rewardlake.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code report} wrote: the file and which sections had data.
 *
 * @param sections section ids, in page order
 * @param missing ids of the sections whose table is missing (rendered as a "run this job" panel)
 */
public record ReportSummary(String path, List<String> sections, List<String> missing, long bytes, double seconds) {
  public ReportSummary {
    sections = List.copyOf(sections);
    missing = List.copyOf(missing);
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "report: %d sections (%d without data: %s), %,d bytes in %.1f s",
        sections.size(), missing.size(), missing.isEmpty() ? "none" : String.join(", ", missing), bytes, seconds));
    lines.add("report: " + path);
    return lines;
  }
}
