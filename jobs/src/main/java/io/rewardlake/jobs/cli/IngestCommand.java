package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.ingest.IngestConfig;
import io.rewardlake.jobs.ingest.IngestJob;
import io.rewardlake.jobs.lake.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read preference data into the Delta tables 'pairs' and 'rejects'.",
        "Every record is accounted for: read = new + already in lake + duplicates + rejected."},
    footer = {"", "Examples:",
        "  rewardlake ingest --format hh-rlhf --input hh-rlhf/harmless-base/test.jsonl.gz",
        "  rewardlake ingest --format jsonl --input 'data/*.jsonl' --label-source ai",
        "  rewardlake ingest --format parquet --input prefs.parquet --columns prompt=question,chosen=good,rejected=bad",
        "", "Settings precedence: key defaults < --config < --set < these options."})
final class IngestCommand extends JobCommand<IngestConfig> {
  @Option(names = "--format", description = "jsonl (generic records, default), hh-rlhf, parquet.")
  String format;
  @Option(names = "--input", paramLabel = "PATH", description = "Input file, folder or glob (repeatable).")
  List<String> inputs = new ArrayList<>();
  @Option(names = "--source", description = "Source name (default: from the first input's path).")
  String source;
  @Option(names = "--split", description = "Split for records without one (default: from the file name, else train).")
  String split;
  @Option(names = "--test-fraction", paramLabel = "X", description = "Hold out this share of prompts as split 'test'"
      + " when records have no split (by prompt, seeded by --seed; default ${bundle:default.ingest.test_fraction}).")
  Double testFraction;
  @Option(names = "--seed", description = "Seed of the held-out prompts (default ${bundle:default.ingest.seed}).")
  Long seed;
  @Option(names = "--label-source", description = "human (default), ai or synthetic.")
  String labelSource;
  @Option(names = "--columns", paramLabel = "FIELD=COLUMN,...", description = "Parquet column mapping.")
  String columns;
  @Option(names = "--max-text-chars", description = "Longest text accepted (default ${bundle:default.ingest.max_text_chars}).")
  Integer maxTextChars;
  @Option(names = "--partitions", description = "Shards (files) for pairs; 0 = cluster parallelism (default).")
  Integer partitions;
  @Option(names = "--mode", description = "merge (default: add new pairs) or overwrite.")
  String mode;

  @Override
  String job() {
    return "ingest";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.INGEST_FORMAT, format, ConfigKeys.INGEST_TEST_FRACTION, testFraction,
        ConfigKeys.INGEST_SEED, seed, ConfigKeys.INGEST_INPUT, inputs.isEmpty() ? null : inputs,
        ConfigKeys.INGEST_SOURCE, source, ConfigKeys.INGEST_SPLIT, split,
        ConfigKeys.INGEST_LABEL_SOURCE, labelSource, ConfigKeys.INGEST_COLUMNS, columns,
        ConfigKeys.INGEST_MAX_TEXT_CHARS, maxTextChars, ConfigKeys.INGEST_PARTITIONS, partitions,
        ConfigKeys.INGEST_MODE, mode);
  }

  @Override
  IngestConfig config(Settings settings) {
    return IngestConfig.from(settings, List.of());
  }

  @Override
  List<String> run(SparkSession spark, IngestConfig config, RunContext run) {
    return IngestJob.run(spark, config, run).lines();
  }
}
