package io.rewardlake.jobs.config;

import java.util.List;

/** Every configuration key RewardLake understands, with its default and help. YAML sections mirror the prefixes. */
public final class ConfigKeys {
  public static final List<String> STAGES = List.of("synth", "ingest");
  public static final List<String> INGEST_FORMATS = List.of("jsonl", "hh-rlhf", "parquet");
  public static final List<String> LABEL_SOURCES = List.of("human", "ai", "synthetic");
  public static final List<String> WRITE_MODES = List.of("merge", "overwrite");

  public static final ConfigKey<String> LAKE = new ConfigKey<>("lake", "./lakehouse", Parsers.text(),
      "root folder of the Delta tables (any Hadoop-compatible path)");

  public static final ConfigKey<List<String>> PIPELINE_STAGES = new ConfigKey<>("pipeline.stages", STAGES,
      Parsers.list(STAGES), "stages the pipeline runs, in order");

  public static final ConfigKey<Long> SYNTH_SEED = new ConfigKey<>("synth.seed", 42L, Parsers.anyLong(),
      "random seed; the same seed gives the same corpus byte for byte");
  public static final ConfigKey<Integer> SYNTH_PAIRS = new ConfigKey<>("synth.pairs", 20_000, Parsers.intAtLeast(1),
      "number of preference pairs");
  public static final ConfigKey<Integer> SYNTH_CANDIDATES = new ConfigKey<>("synth.candidates_per_prompt", 4,
      Parsers.intAtLeast(2), "candidate responses generated per prompt");
  public static final ConfigKey<Double> SYNTH_FLIP_RATE = new ConfigKey<>("synth.flip_rate", 0.2,
      Parsers.doubleIn(0, 1), "share of non-ambiguous pairs whose label is deliberately flipped");
  public static final ConfigKey<Double> SYNTH_AMBIGUOUS_RATE = new ConfigKey<>("synth.ambiguous_rate", 0.15,
      Parsers.doubleIn(0, 1), "share of pairs that are near-ties labelled by a coin");
  public static final ConfigKey<Double> SYNTH_SHARPNESS = new ConfigKey<>("synth.preference_sharpness", 4.0,
      Parsers.doubleIn(1e-6, 1e6), "Bradley-Terry scale: P(i over j) = sigmoid(sharpness * (q_i - q_j))");
  public static final ConfigKey<Double> SYNTH_TEST_FRACTION = new ConfigKey<>("synth.test_fraction", 0.1,
      Parsers.doubleIn(0, 0.99), "share of prompts in the test split");
  public static final ConfigKey<String> SYNTH_OUTPUT = new ConfigKey<>("synth.output", "", Parsers.text(),
      "pairs file to write (default <lake>/raw/synth.jsonl; candidates go beside it)");

  public static final ConfigKey<String> INGEST_FORMAT = new ConfigKey<>("ingest.format", "jsonl",
      Parsers.choice(INGEST_FORMATS), "input format: jsonl (generic records), hh-rlhf, parquet");
  public static final ConfigKey<List<String>> INGEST_INPUT = new ConfigKey<>("ingest.input", List.of(),
      Parsers.list(List.of()), "input files, folders or globs (comma-separated); .gz is read transparently");
  public static final ConfigKey<String> INGEST_SOURCE = new ConfigKey<>("ingest.source", "", Parsers.text(),
      "source name for records without one (default: derived from the first input path)");
  public static final ConfigKey<String> INGEST_SPLIT = new ConfigKey<>("ingest.split", "", Parsers.text(),
      "split for records without one (default: train/test/validation if the file name says so, else train)");
  public static final ConfigKey<String> INGEST_LABEL_SOURCE = new ConfigKey<>("ingest.label_source", "human",
      Parsers.choice(LABEL_SOURCES), "label_source of labelled records");
  public static final ConfigKey<String> INGEST_COLUMNS = new ConfigKey<>("ingest.columns", "", Parsers.text(),
      "parquet only: field=column pairs mapping record fields to Parquet columns, e.g. prompt=question,chosen=good");
  public static final ConfigKey<Integer> INGEST_MAX_TEXT_CHARS = new ConfigKey<>("ingest.max_text_chars", 100_000,
      Parsers.intAtLeast(1), "longest prompt or response accepted; longer records are rejected as OVERSIZE_TEXT");
  public static final ConfigKey<Integer> INGEST_PARTITIONS = new ConfigKey<>("ingest.partitions", 0,
      Parsers.intAtLeast(0), "files the pairs are sharded into by pair_id hash (0: the cluster's parallelism)");
  public static final ConfigKey<String> INGEST_MODE = new ConfigKey<>("ingest.mode", "merge",
      Parsers.choice(WRITE_MODES), "merge: add pairs not yet in the lake; overwrite: replace pairs and rejects");

  public static final List<ConfigKey<?>> ALL = List.of(
      LAKE, PIPELINE_STAGES,
      SYNTH_SEED, SYNTH_PAIRS, SYNTH_CANDIDATES, SYNTH_FLIP_RATE, SYNTH_AMBIGUOUS_RATE, SYNTH_SHARPNESS,
      SYNTH_TEST_FRACTION, SYNTH_OUTPUT,
      INGEST_FORMAT, INGEST_INPUT, INGEST_SOURCE, INGEST_SPLIT, INGEST_LABEL_SOURCE, INGEST_COLUMNS,
      INGEST_MAX_TEXT_CHARS, INGEST_PARTITIONS, INGEST_MODE);

  private ConfigKeys() {}

  static ConfigKey<?> byName(String name) {
    return ALL.stream().filter(key -> key.name().equals(name)).findFirst().orElse(null);
  }

  /** Sorted key names, for "valid keys" messages. */
  public static List<String> names() {
    return ALL.stream().map(ConfigKey::name).sorted().toList();
  }
}
