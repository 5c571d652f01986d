package io.rewardlake.jobs.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rewardlake.core.export.ExportColumn;
import io.rewardlake.core.export.ExportColumns;
import io.rewardlake.core.export.TrainerCommands;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.Version;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;

/**
 * {@code manifest.json} and {@code README.md}, written beside the files: what was exported, from which table
 * versions, the exact columns, and a command that trains on the files. The manifest also marks the folder as an
 * export that a later run may replace ({@link OutputFolder}).
 */
record ExportManifest(ExportConfig config, RunContext run, Map<String, Long> tableVersions, ExportPlan plan,
    ExportLabels labels, LengthBalance.Result balance) {
  static final String README = "README.md";
  private static final ObjectMapper JSON = new ObjectMapper();

  ExportManifest {
    tableVersions = Map.copyOf(tableVersions);
  }

  ExportSummary summary(double seconds) {
    return new ExportSummary(config.format(), config.style(), config.output(), plan.files(), plan.skippedDropped(),
        plan.swapped(), plan.withoutPair(), tableVersions, trainCommand(), lines(), seconds);
  }

  /** What the labels were turned into, and what the length balance left out when it ran. */
  private List<String> lines() {
    List<String> lines = new ArrayList<>(labels.lines(config.format().trainer()));
    if (balance != null) {
      lines.addAll(balance.lines());
    }
    return lines;
  }

  void writeTo(OutputFolder folder) {
    try {
      write(folder, OutputFolder.MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toMap()) + "\n");
      write(folder, README, readme());
    } catch (IOException e) {
      throw Errors.cannotWrite("the export manifest", folder.location(), e);
    }
  }

  Map<String, Object> toMap() {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", config.format().id());
    if (config.format().trainer()) {
      manifest.put("style", config.style().id());
    }
    manifest.put("run_id", run.runId());
    manifest.put("config_hash", run.configHash());
    manifest.put("rewardlake_version", Version.current());
    manifest.put("lake", config.lake());
    manifest.put("table_versions", new TreeMap<>(tableVersions));
    manifest.put("split", config.allSplits() ? "all" : config.split());
    manifest.put("include_dropped", config.includeDropped());
    manifest.put("files", plan.files().stream().map(ExportManifest::fileEntry).toList());
    manifest.put("skipped_dropped", plan.skippedDropped());
    if (config.format().trainer()) {
      manifest.put("turned_round", plan.swapped());
    }
    manifest.put("without_pair", plan.withoutPair());
    if (balance != null) {
      manifest.put("length_balance", balance.toMap());
    }
    if (config.format().trainer()) {
      manifest.put("labels", labels.toMap());
    }
    manifest.put("columns", columns().stream().map(ExportManifest::columnEntry).toList());
    manifest.put("train_command", String.join("\n", trainCommand()));
    return manifest;
  }

  /** A command over the written files: the {@code train} split (else the first) and one other split to evaluate. */
  List<String> trainCommand() {
    List<ExportedFile> files = plan.files();
    if (files.isEmpty()) {
      return List.of();
    }
    ExportedFile train = files.stream().filter(f -> f.split().equals("train")).findFirst().orElse(files.get(0));
    Optional<ExportedFile> eval = files.stream().filter(f -> f != train && f.split().equals("test")).findFirst()
        .or(() -> files.stream().filter(f -> f != train).findFirst());
    return TrainerCommands.of(config.format(), config.style(), path(train), eval.map(this::path));
  }

  String readme() {
    List<String> lines = new ArrayList<>();
    lines.add("# RewardLake export: " + title());
    lines.add("");
    lines.add("Written by `rewardlake export` (run " + run.runId() + ", RewardLake " + Version.current() + ") from "
        + versions() + " of the lake at `" + config.lake() + "`. Files are replaced as a whole by the next export.");
    lines.add("");
    lines.add("| file | split | rows |");
    lines.add("|---|---|---:|");
    plan.files().forEach(f -> lines.add("| " + f.file() + " | " + cell(f.split()) + " | " + count(f.rows()) + " |"));
    lines.add("");
    lines.add(notes());
    lines.add("");
    lines.add("## Columns");
    lines.add("");
    lines.add("| column | type | meaning |");
    lines.add("|---|---|---|");
    columns().forEach(c -> lines.add("| `" + c.name() + "` | " + cell(c.type().description()) + " | "
        + cell(c.description()) + " |"));
    if (!plan.files().isEmpty()) {
      lines.addAll(List.of("", "## Use", "", "```bash"));
      lines.addAll(trainCommand());
      lines.add("```");
    }
    return String.join("\n", lines) + "\n";
  }

  private String title() {
    return config.format().id() + (config.format().trainer() ? " (" + config.style().id() + ")" : "");
  }

  private String versions() {
    List<String> parts = new ArrayList<>();
    new TreeMap<>(tableVersions).forEach((table, version) -> parts.add("`" + table + "` version " + version));
    return String.join(" and ", parts);
  }

  private String notes() {
    String notes = config.includeDropped() ? "Dropped pairs (weight 0) are included."
        : "Dropped pairs (weight 0) skipped: " + count(plan.skippedDropped()) + ".";
    if (config.format().trainer()) {
      notes += " Pairs turned round so that chosen is the preferred side (stored target_p < 0.5; target_p became"
          + " 1 - target_p and margin -margin): " + count(plan.swapped()) + ".";
    }
    if (config.format().trainer()) {
      notes += " " + String.join(" ", labels.lines(true).stream().map(l -> l.replaceFirst("^export: ", "") + ".")
          .toList());
    }
    return plan.withoutPair() == 0 ? notes
        : notes + " Rows of pairs_clean without a pair in pairs (skipped): " + count(plan.withoutPair()) + ".";
  }

  private List<ExportColumn> columns() {
    return ExportColumns.of(config.format(), config.style());
  }

  private String path(ExportedFile file) {
    return config.output() + "/" + file.file();
  }

  private void write(OutputFolder folder, String name, String text) throws IOException {
    Path path = folder.staged(name);
    try (OutputStream out = folder.fileSystem().create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static Map<String, Object> fileEntry(ExportedFile file) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("split", file.split());
    entry.put("file", file.file());
    entry.put("rows", file.rows());
    return entry;
  }

  private static Map<String, Object> columnEntry(ExportColumn column) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", column.name());
    entry.put("type", column.type().description());
    entry.put("description", column.description());
    return entry;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
