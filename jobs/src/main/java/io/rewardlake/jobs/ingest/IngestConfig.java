package io.rewardlake.jobs.ingest;

import io.rewardlake.core.ingest.HeldOutSplit;
import io.rewardlake.core.ingest.IngestRules;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.spark.ingest.ParseRecordRows;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Typed config of {@code ingest}.
 *
 * @param columns Parquet only: record field → Parquet column (empty: columns already carry the field names)
 * @param partitions files the pairs are sharded into; 0 means sized by {@code pairsPerShard} (see {@link ShardCount})
 * @param pairsPerShard about how many pairs one file holds when {@code partitions} is 0
 * @param merge true: add only pairs not yet in the lake and replace this source's rejects; false: overwrite both
 */
public record IngestConfig(String lake, String format, List<String> inputs, IngestRules rules,
                           Map<String, String> columns, int partitions, int pairsPerShard, boolean merge) {
  private static final List<String> SPLIT_WORDS = List.of("train", "test", "validation", "valid", "dev", "eval");

  public IngestConfig {
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(format, "format");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(rules, "rules");
    columns = Map.copyOf(columns);
  }

  public WriteMode pairsWriteMode() {
    return merge ? WriteMode.APPEND : WriteMode.OVERWRITE;
  }

  /**
   * From settings; {@code defaultInput} is used when ingest.input is not set (the pipeline passes the file its synth
   * stage is about to write, so only configured inputs are checked for existence here).
   */
  public static IngestConfig from(Settings settings, List<String> defaultInput) {
    boolean configured = !settings.get(ConfigKeys.INGEST_INPUT).isEmpty();
    List<String> inputs = configured ? settings.get(ConfigKeys.INGEST_INPUT) : defaultInput;
    if (inputs.isEmpty()) {
      throw new ConfigException("No input: give --input FILE (or ingest.input in the config). Files, folders and"
          + " globs are accepted, e.g. --input data/train.jsonl.gz");
    }
    List<String> qualified = inputs.stream().map(LakePaths::qualify).toList();
    if (configured) {
      qualified.forEach(IngestConfig::requireLocalInputExists);
    }
    String format = settings.get(ConfigKeys.INGEST_FORMAT);
    IngestRules rules = new IngestRules(sourceName(settings, qualified.get(0)), split(settings, qualified.get(0)),
        settings.get(ConfigKeys.INGEST_LABEL_SOURCE), settings.get(ConfigKeys.INGEST_MAX_TEXT_CHARS),
        heldOut(settings));
    return new IngestConfig(LakePaths.root(settings), format, qualified, rules,
        columns(settings.get(ConfigKeys.INGEST_COLUMNS), format), settings.get(ConfigKeys.INGEST_PARTITIONS),
        settings.get(ConfigKeys.INGEST_PAIRS_PER_SHARD), settings.get(ConfigKeys.INGEST_MODE).equals("merge"));
  }

  private static HeldOutSplit heldOut(Settings settings) {
    double fraction = settings.get(ConfigKeys.INGEST_TEST_FRACTION);
    if (fraction > 0 && !settings.get(ConfigKeys.INGEST_SPLIT).isBlank()) {
      throw new ConfigException("ingest.test_fraction holds out part of the records without a split, and"
          + " ingest.split names one split for all of them: give one of the two");
    }
    return new HeldOutSplit(fraction, settings.get(ConfigKeys.INGEST_SEED));
  }

  /** Local paths without glob characters are checked before Spark starts; remote paths when the job reads them. */
  private static void requireLocalInputExists(String path) {
    if (!LakePaths.hasScheme(path) && !path.matches(".*[*?\\[{].*") && !Files.exists(Paths.get(path))) {
      throw new ConfigException("Input " + path + " does not exist. Check the path given to --input.");
    }
  }

  /** "hh-rlhf-harmless-base/test" for ".../hh-rlhf-harmless-base/test.jsonl.gz". */
  static String sourceName(Settings settings, String firstInput) {
    String configured = settings.get(ConfigKeys.INGEST_SOURCE);
    if (!configured.isBlank()) {
      return configured;
    }
    java.nio.file.Path path = Paths.get(firstInput.replaceFirst("^[a-zA-Z0-9+.-]+:/*", "/"));
    String parent = path.getParent() == null || path.getParent().getFileName() == null
        ? "" : path.getParent().getFileName() + "/";
    return parent + baseName(path.getFileName().toString());
  }

  static String split(Settings settings, String firstInput) {
    String configured = settings.get(ConfigKeys.INGEST_SPLIT);
    if (!configured.isBlank()) {
      return configured;
    }
    String name = baseName(Paths.get(firstInput).getFileName().toString()).toLowerCase(Locale.ROOT);
    for (String word : SPLIT_WORDS) {
      if (name.matches("(.*[^a-z])?" + word + "([^a-z].*)?")) {
        return word.equals("valid") ? "validation" : word;
      }
    }
    return "train";
  }

  private static String baseName(String fileName) {
    return fileName.replaceFirst("(\\.(jsonl|json|parquet|txt))?(\\.(gz|bz2|zst|snappy))?$", "");
  }

  static Map<String, String> columns(String mapping, String format) {
    Map<String, String> columns = new LinkedHashMap<>();
    if (mapping.isBlank()) {
      return columns;
    }
    if (!format.equals("parquet")) {
      throw new ConfigException("ingest.columns applies to --format parquet only (format is " + format + ")");
    }
    for (String entry : mapping.split(",")) {
      String[] parts = entry.split("=", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new ConfigException("ingest.columns entry '" + entry.strip() + "' is not field=column");
      }
      String field = parts[0].strip();
      if (!ParseRecordRows.RECORD_FIELDS.contains(field)) {
        throw new ConfigException("ingest.columns: '" + field + "' is not a record field; fields are "
            + ParseRecordRows.RECORD_FIELDS);
      }
      columns.put(field, parts[1].strip());
    }
    return columns;
  }
}
