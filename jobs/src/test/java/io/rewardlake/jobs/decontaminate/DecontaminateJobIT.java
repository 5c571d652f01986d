package io.rewardlake.jobs.decontaminate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.jobs.PairRows;
import io.rewardlake.jobs.PipelineLake;
import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.clean.CleanConfig;
import io.rewardlake.jobs.clean.CleanJob;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.ContaminationTable;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecontaminateJobIT {
  private static final String SEA = "write a haiku about the sea at night with waves and moonlight and a lonely boat"
      + " drifting home";

  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void pairsSharingAThirteenWordGramAreFlaggedExactlyPerBenchmark() throws IOException {
    writePairs(Map.of(
        "all", "Human: Please " + SEA + " today.\n\nAssistant:",
        "thirteen", "Human: Tell me about the sea at night with waves and moonlight and a lonely boat, nothing else",
        "twelve", "Human: Tell me the sea at night with waves and moonlight and a lonely boat and more",
        "other", "Human: How do I bake bread?",
        "short", "Name the capital of France."));
    Path bench = write("bench.jsonl", "{\"prompt\": \"" + SEA + "\", \"id\": 1}",
        "{\"prompt\": \"What is the boiling point of water at sea level in degrees?\"}");
    Path shortPrompts = write("short.txt", "Name the capital of  FRANCE!", "Who wrote Hamlet?");

    DecontaminateSummary summary = decontaminate(bench.toString(), "capitals=" + shortPrompts);

    Map<String, Row> rows = rows().stream().collect(Collectors.toMap(r -> r.getAs(ContaminationTable.PAIR_ID),
        r -> r));
    assertThat(rows).containsOnlyKeys("all", "thirteen", "short");
    assertThat(rows.get("all").<Long>getAs(ContaminationTable.SHARED_NGRAMS)).isEqualTo(6);
    assertThat(rows.get("all").<String>getAs(ContaminationTable.BENCHMARK)).isEqualTo("bench");
    assertThat(rows.get("thirteen").<Long>getAs(ContaminationTable.SHARED_NGRAMS)).isEqualTo(1);
    assertThat(rows.get("thirteen").<String>getAs(ContaminationTable.EXAMPLE))
        .isEqualTo("about the sea at night with waves and moonlight and a lonely boat");
    assertThat(rows.get("short").<String>getAs(ContaminationTable.BENCHMARK)).isEqualTo("capitals");
    assertThat(rows.get("short").<Integer>getAs(ContaminationTable.NGRAM_WORDS)).isEqualTo(13);
    assertThat(summary.contaminated()).isEqualTo(3);
    assertThat(summary.pairs()).isEqualTo(5);
    assertThat(summary.benchmarks()).extracting(DecontaminateSummary.BenchmarkLine::pairs).containsExactly(2L, 1L);
    assertThat(String.join("\n", summary.lines())).contains("contaminated pairs (any benchmark): 3 of 5");

    decontaminate(bench.toString(), "--ngram=12");
    assertThat(rows()).extracting(r -> r.<String>getAs(ContaminationTable.PAIR_ID))
        .containsExactlyInAnyOrder("all", "thirteen", "twelve");
  }

  @Test
  void mtBenchTurnsAndParquetColumnsAreReadAsPrompts() throws IOException {
    writePairs(Map.of("turn", "Human: " + SEA, "other", "Human: How do I bake bread?"));
    Path turns = write("question.jsonl", "{\"question_id\": 81, \"turns\": [\"Compose a travel blog post.\", \""
        + SEA + "\"]}");
    String parquet = dir.resolve("prompts.parquet").toString();
    spark.createDataFrame(List.of(RowFactory.create("How do I bake bread?")),
        new org.apache.spark.sql.types.StructType().add("instruction",
            org.apache.spark.sql.types.DataTypes.StringType)).write().parquet(parquet);

    decontaminate("mt-bench=" + turns, parquet);

    assertThat(rows()).extracting(r -> r.<String>getAs(ContaminationTable.PAIR_ID) + " "
        + r.<String>getAs(ContaminationTable.BENCHMARK)).containsExactlyInAnyOrder("turn mt-bench", "other prompts");
  }

  @Test
  void badBenchmarkFilesAreClearErrorsBeforeAnythingIsWritten() throws IOException {
    writePairs(Map.of("a", "Human: hi"));
    Path noPrompt = write("noprompt.jsonl", "{\"query\": \"hi\"}");
    Path notJson = write("broken.jsonl", "this is not json");
    Path csv = write("prompts.csv", "prompt\nhi");

    assertThatThrownBy(() -> decontaminate(dir.resolve("missing.jsonl").toString()))
        .isInstanceOf(RewardLakeException.class).hasMessageContaining("missing.jsonl");
    assertThatThrownBy(() -> decontaminate(noPrompt.toString())).isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("no field [prompt, instruction, question, turns, text] among its fields [query]");
    assertThatThrownBy(() -> decontaminate(notJson.toString())).isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("not JSON objects");
    assertThatThrownBy(() -> decontaminate(csv.toString())).isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("neither JSON lines, Parquet nor text");
    assertThatThrownBy(() -> decontaminate(noPrompt.toString(), "noprompt=" + notJson))
        .isInstanceOf(ConfigException.class).hasMessageContaining("two benchmarks are named 'noprompt'");
    assertThatThrownBy(() -> decontaminate()).isInstanceOf(ConfigException.class)
        .hasMessageContaining("at least one benchmark");
    assertThat(new Lakehouse(spark, lake()).exists(ContaminationTable.CONTRACT)).isFalse();
  }

  @Test
  void cleanDropsContaminatedPairsWhateverTheirVoteAndSaysWhichBenchmark() throws IOException {
    Path lakeRoot = PipelineLake.copy(dir.resolve("lake"));
    List<Row> pairs = spark.read().format("delta").load(lakeRoot.resolve(PairsTable.NAME).toString())
        .select(PairsTable.PAIR_ID, PairsTable.PROMPT).collectAsList();
    List<String> leaked = pairs.stream().map(r -> r.<String>getAs(PairsTable.PROMPT)).distinct().sorted().limit(2)
        .toList();
    Set<String> leakedPairs = pairs.stream().filter(r -> leaked.contains(r.<String>getAs(PairsTable.PROMPT)))
        .map(r -> r.<String>getAs(PairsTable.PAIR_ID)).collect(Collectors.toSet());
    Path bench = write("leak.txt", leaked.stream().map(p -> p.replace("\n", " ")).toArray(String[]::new));

    decontaminate(bench.toString());
    Set<String> expected = rows().stream().map(r -> r.<String>getAs(ContaminationTable.PAIR_ID))
        .collect(Collectors.toSet());
    assertThat(expected).containsAll(leakedPairs);
    Map<String, String> settings = Map.of("lake", lake());
    CleanJob.run(spark, CleanConfig.from(Settings.resolve(settings)), RunContext.start("clean", settings));

    Map<String, Row> clean = spark.read().format("delta").load(lakeRoot.resolve(PairsCleanTable.NAME).toString())
        .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs(PairsCleanTable.PAIR_ID), r -> r));
    Set<String> dropped = clean.values().stream().filter(r -> r.<String>getAs(PairsCleanTable.REASON)
        .startsWith("contaminated:leak: ")).map(r -> r.<String>getAs(PairsCleanTable.PAIR_ID))
        .collect(Collectors.toSet());
    assertThat(dropped).isNotEmpty().isEqualTo(expected);
    assertThat(expected).allSatisfy(id -> {
      assertThat(clean.get(id).<String>getAs(PairsCleanTable.ACTION)).isEqualTo("drop");
      assertThat(clean.get(id).<Double>getAs(PairsCleanTable.WEIGHT)).isZero();
    });
    assertThat(clean).hasSize(pairs.size());
  }

  private DecontaminateSummary decontaminate(String... benchmarksAndOptions) {
    Map<String, String> settings = new HashMap<>(Map.of("lake", lake()));
    List<String> benchmarks = new java.util.ArrayList<>();
    for (String value : benchmarksAndOptions) {
      if (value.startsWith("--ngram=")) {
        settings.put("decontaminate.ngram", value.substring("--ngram=".length()));
      } else {
        benchmarks.add(value);
      }
    }
    settings.put("decontaminate.benchmarks", String.join(",", benchmarks));
    return DecontaminateJob.run(spark, DecontaminateConfig.from(Settings.resolve(settings)),
        RunContext.start("decontaminate", settings));
  }

  private void writePairs(Map<String, String> promptById) {
    List<Row> rows = promptById.entrySet().stream().map(e -> RowFactory.create(e.getKey(), "src", "train",
        e.getValue(), "yes", "no", "human", 1.0, Map.of(), "run")).toList();
    new Lakehouse(spark, lake()).write(PairsTable.CONTRACT, PairRows.frame(spark, rows), WriteMode.OVERWRITE,
        new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of()));
  }

  private List<Row> rows() {
    return new Lakehouse(spark, lake()).read(ContaminationTable.CONTRACT, "decontaminate").collectAsList();
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }
}
