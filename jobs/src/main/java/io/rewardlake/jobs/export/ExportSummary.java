package io.rewardlake.jobs.export;

import io.rewardlake.core.export.ExportFormat;
import io.rewardlake.core.export.ExportStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code export} did.
 *
 * @param directory the output folder
 * @param files the files written, one per split with at least one exported pair
 * @param skippedDropped dropped pairs (weight 0) left out; 0 with {@code --include-dropped}
 * @param swapped pairs a trainer format turned round so chosen is preferred (0 for jsonl and parquet)
 * @param withoutPair {@code pairs_clean} rows whose pair is missing from {@code pairs}, left out
 * @param tableVersions Delta versions of the tables read
 * @param command a command that trains on (or reads) the files
 * @param labelNotes what the export did about ties, soft targets and margins
 */
public record ExportSummary(ExportFormat format, ExportStyle style, String directory, List<ExportedFile> files,
    long skippedDropped, long swapped, long withoutPair, Map<String, Long> tableVersions, List<String> command,
    List<String> labelNotes, double seconds) {

  public ExportSummary {
    files = List.copyOf(files);
    tableVersions = Map.copyOf(tableVersions);
    command = List.copyOf(command);
    labelNotes = List.copyOf(labelNotes);
  }

  /** Pairs written, over all files. */
  public long rows() {
    return files.stream().mapToLong(ExportedFile::rows).sum();
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    String name = format.id() + (format.trainer() ? " (" + style.id() + ")" : "");
    List<String> versions = new ArrayList<>();
    new TreeMap<>(tableVersions).descendingMap().forEach((table, version) -> versions.add(table + " v" + version));
    lines.add(String.format(Locale.ROOT, "export %s: %,d pairs in %d file(s) to %s from %s in %.1f s", name, rows(),
        files.size(), directory, String.join(", ", versions), seconds));
    files.forEach(f -> lines.add(String.format(Locale.ROOT, "  %-24s %,12d", f.file(), f.rows())));
    if (skippedDropped > 0) {
      lines.add(String.format(Locale.ROOT, "export: skipped %,d dropped pairs (weight 0; --include-dropped exports"
          + " them)", skippedDropped));
    }
    if (swapped > 0) {
      lines.add(String.format(Locale.ROOT, "export: turned %,d pairs round so chosen is the preferred side"
          + " (target_p < 0.5; margin negated)", swapped));
    }
    lines.addAll(labelNotes);
    if (withoutPair > 0) {
      lines.add(String.format(Locale.ROOT, "export: skipped %,d pairs_clean rows whose pair is not in pairs"
          + " (pairs_clean is older than pairs: re-run clean)", withoutPair));
    }
    if (files.isEmpty()) {
      lines.add("export: no pair to export; the folder holds only manifest.json and README.md");
    } else {
      lines.add("export: columns and counts in " + directory + "/README.md; use with:");
      command.forEach(line -> lines.add("  " + line));
    }
    return lines;
  }
}
