package io.rewardlake.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.AnnotationsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.RejectsTable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobIT {
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void everyRecordIsAccountedForAndRejectsCarryReasonAndLocation() throws Exception {
    Path input = IngestFixtures.genericJsonl(dir);

    IngestSummary summary = ingest(Map.of("ingest.input", input.toString()));

    assertThat(summary.read()).isEqualTo(11);
    assertThat(summary.blankLines()).isEqualTo(1);
    assertThat(summary.added()).isEqualTo(3);
    assertThat(summary.duplicates()).isEqualTo(2);
    assertThat(summary.severalLabels()).isEqualTo(1);
    assertThat(summary.disagreeing()).isEqualTo(1);
    assertThat(summary.rejected()).isEqualTo(6);
    assertThat(summary.isBalanced()).isTrue();
    assertThat(summary.rejectedByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "MALFORMED_JSON", 1L, "INVALID_ENCODING", 1L, "IDENTICAL_RESPONSES", 1L, "MISSING_FIELD", 1L,
        "INVALID_LABEL", 1L, "OVERSIZE_TEXT", 1L));

    Map<String, String> reasonByLine = rows(RejectsTable.CONTRACT.name()).stream().collect(Collectors.toMap(
        r -> r.<String>getAs(RejectsTable.LOCATION), r -> r.<String>getAs(RejectsTable.REASON)));
    assertThat(reasonByLine).containsEntry("file:" + input + ":6", "MALFORMED_JSON")
        .containsEntry("file:" + input + ":7", "INVALID_ENCODING")
        .containsEntry("file:" + input + ":11", "OVERSIZE_TEXT");
  }

  @Test
  void pairsKeepFirstOccurrenceAndAverageTheLabelsOfEveryOccurrence() throws Exception {
    ingest(Map.of("ingest.input", IngestFixtures.genericJsonl(dir).toString()));

    Map<String, Row> byPrompt = rows(PairsTable.NAME).stream()
        .collect(Collectors.toMap(r -> r.<String>getAs(PairsTable.PROMPT), r -> r));
    assertThat(byPrompt).containsOnlyKeys("Human: p1", "Human: p2", "Human: p8");
    Row p1 = byPrompt.get("Human: p1");
    assertThat(p1.<String>getAs(PairsTable.CHOSEN)).isEqualTo("good answer");
    // read three times, the third with chosen and rejected swapped: two votes for "good answer", one against
    assertThat(p1.<Double>getAs(PairsTable.LABEL_P)).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(p1.<Integer>getAs(PairsTable.ANNOTATIONS)).isEqualTo(3);
    assertThat(p1.<Double>getAs(PairsTable.AGREEMENT)).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(byPrompt.get("Human: p2").<Double>getAs(PairsTable.LABEL_P)).isEqualTo(1.0);
    assertThat(byPrompt.get("Human: p2").<Integer>getAs(PairsTable.ANNOTATIONS)).isEqualTo(1);
    assertThat(byPrompt.get("Human: p8").<Integer>getAs(PairsTable.ANNOTATIONS)).isZero();
    assertThat(rows(AnnotationsTable.NAME)).hasSize(4);
    assertThat(p1.<scala.collection.Map<String, String>>getAs(PairsTable.META).get("source_id").get()).isEqualTo("1");
    assertThat(byPrompt.get("Human: p2").<String>getAs(PairsTable.CHOSEN)).isEqualTo("second");
    assertThat(byPrompt.get("Human: p8").<Double>getAs(PairsTable.LABEL_P)).isNull();
    assertThat(byPrompt.get("Human: p8").<String>getAs(PairsTable.LABEL_SOURCE)).isEqualTo("none");
    assertThat(p1.<String>getAs(PairsTable.SPLIT)).isEqualTo("train");
  }

  @Test
  void rerunInMergeModeAddsNothingAndReplacesTheSourcesRejects() throws Exception {
    Map<String, String> settings = Map.of("ingest.input", IngestFixtures.genericJsonl(dir).toString());
    IngestSummary first = ingest(settings);
    long version = lake().version(PairsTable.CONTRACT);

    IngestSummary second = ingest(settings);

    assertThat(second.added()).isZero();
    assertThat(second.alreadyInLake()).isEqualTo(first.added());
    assertThat(second.isBalanced()).isTrue();
    assertThat(lake().version(PairsTable.CONTRACT)).isEqualTo(version);
    assertThat(rows(PairsTable.NAME)).hasSize(3);
    assertThat(rows(RejectsTable.NAME)).hasSize(6);
    assertThat(rows(AnnotationsTable.NAME)).as("the same labels read again are not counted twice").hasSize(4);
  }

  @Test
  void aPairLabelledThreeTimesAcrossTwoIngestsHasTheMeanOfEveryLabelOnce() throws Exception {
    Path first = lines("first.jsonl",
        "{\"prompt\": \"q\", \"response_a\": \"A\", \"response_b\": \"B\", \"labels\": [1, 2, 1]}",
        "{\"prompt\": \"q\", \"response_a\": \"B\", \"response_b\": \"A\", \"label\": \"a\"}");
    Path second = lines("second.jsonl", "{\"prompt\": \"q\", \"chosen\": \"A \", \"rejected\": \"B\"}",
        "{\"prompt\": \"r\", \"response_a\": \"C\", \"response_b\": \"D\", "
            + "\"annotations\": [{\"label\": 0.8, \"annotator\": \"w1\"}, {\"label\": 0.6}]}");

    ingest(Map.of("ingest.input", first.toString()));
    Row afterFirst = pair("q");
    // A chosen by the labels array (2 of 3); the swapped record's vote for B counts against A: 2 of 4
    assertThat(afterFirst.<String>getAs(PairsTable.CHOSEN)).isEqualTo("A");
    assertThat(afterFirst.<Double>getAs(PairsTable.LABEL_P)).isEqualTo(0.5);
    assertThat(afterFirst.<Integer>getAs(PairsTable.ANNOTATIONS)).isEqualTo(4);
    assertThat(afterFirst.<Double>getAs(PairsTable.AGREEMENT)).isEqualTo(0.5);

    IngestSummary summary = ingest(Map.of("ingest.input", second.toString()));
    long version = lake().version(PairsTable.CONTRACT);
    IngestSummary again = ingest(Map.of("ingest.input", second.toString()));

    assertThat(summary.added()).isEqualTo(1);
    assertThat(summary.alreadyInLake()).isEqualTo(1);
    assertThat(summary.relabelled()).isEqualTo(1);
    assertThat(summary.severalLabels()).isEqualTo(2);
    assertThat(summary.disagreeing()).isEqualTo(1);
    Row q = pair("q");
    assertThat(q.<String>getAs(PairsTable.CHOSEN)).isEqualTo("A");
    assertThat(q.<Double>getAs(PairsTable.LABEL_P)).isCloseTo(0.6, within(1e-15));
    assertThat(q.<Integer>getAs(PairsTable.ANNOTATIONS)).isEqualTo(5);
    assertThat(q.<Double>getAs(PairsTable.AGREEMENT)).isCloseTo(0.6, within(1e-15));
    Row r = pair("r");
    assertThat(r.<Double>getAs(PairsTable.LABEL_P)).isCloseTo(0.7, within(1e-15));
    assertThat(r.<Double>getAs(PairsTable.AGREEMENT)).isEqualTo(1.0);
    assertThat(again.relabelled()).isZero();
    assertThat(again.added()).isZero();
    assertThat(lake().version(PairsTable.CONTRACT)).isEqualTo(version);
    assertThat(rows(AnnotationsTable.NAME)).hasSize(7);
  }

  @Test
  void aLakeWrittenBeforeLabelsWereKeptAveragesItsLabelWithTheNewOnes() throws Exception {
    // a pairs table as ingest wrote it before labels were counted: no annotations, agreement or annotations table
    StructType legacy = new StructType(java.util.Arrays.stream(PairsTable.SCHEMA.fields())
        .filter(f -> !f.name().equals(PairsTable.ANNOTATIONS) && !f.name().equals(PairsTable.AGREEMENT))
        .toArray(org.apache.spark.sql.types.StructField[]::new));
    spark.createDataFrame(List.of(RowFactory.create(io.rewardlake.core.text.PairIds.of("q", "A", "B"), "old", "train",
            "q", "A", "B", "human", 0.5, Map.of(), "old-run")), legacy)
        .write().format("delta").save(dir.resolve("lake").resolve(PairsTable.NAME).toString());

    ingest(Map.of("ingest.input", lines("new.jsonl",
        "{\"prompt\": \"q\", \"chosen\": \"B\", \"rejected\": \"A\"}").toString()));

    Row q = pair("q");
    assertThat(q.<String>getAs(PairsTable.CHOSEN)).isEqualTo("A");
    assertThat(q.<Double>getAs(PairsTable.LABEL_P)).isEqualTo(0.25);
    assertThat(q.<Integer>getAs(PairsTable.ANNOTATIONS)).isEqualTo(2);
    assertThat(q.<Double>getAs(PairsTable.AGREEMENT)).isEqualTo(0.75);
  }

  @Test
  void hhRlhfGzWithCrlfAndQuirksIsSplitIntoPromptAndResponses() throws Exception {
    IngestSummary summary = ingest(Map.of("ingest.input", IngestFixtures.hhGz(dir).toString(),
        "ingest.format", "hh-rlhf"));

    assertThat(summary.read()).isEqualTo(5);
    assertThat(summary.added()).isEqualTo(3);
    assertThat(summary.rejectedByReason()).containsExactlyInAnyOrderEntriesOf(
        Map.of("EMPTY_RESPONSE", 1L, "NOT_ASSISTANT_FINAL", 1L));
    assertThat(summary.source()).isEqualTo(dir.getFileName() + "/train");
    Map<String, Row> byPrompt = rows(PairsTable.NAME).stream()
        .collect(Collectors.toMap(r -> r.<String>getAs(PairsTable.PROMPT), r -> r));
    assertThat(byPrompt.get("Human: q\n\nAssistant: a\n\nHuman: why?").<String>getAs(PairsTable.CHOSEN))
        .isEqualTo("because");
    assertThat(byPrompt.get("Human: x?").<String>getAs(PairsTable.CHOSEN)).isEqualTo("No.  Human: really?\n\nAssistant:  yes");
    assertThat(byPrompt.get("Human: hi").<String>getAs(PairsTable.LABEL_SOURCE)).isEqualTo("human");
  }

  @Test
  void parquetColumnsAreMappedAndNullsRejected() {
    StructType schema = new StructType().add("question", DataTypes.StringType).add("good", DataTypes.StringType)
        .add("bad", DataTypes.StringType);
    Dataset<Row> input = spark.createDataFrame(List.of(
        RowFactory.create("q1", "yes", "no"), RowFactory.create("q2", null, "no")), schema);
    String path = dir.resolve("in.parquet").toString();
    input.coalesce(1).write().parquet(path);

    IngestSummary summary = ingest(Map.of("ingest.input", path, "ingest.format", "parquet",
        "ingest.columns", "prompt=question,chosen=good,rejected=bad"));

    assertThat(summary.added()).isEqualTo(1);
    assertThat(summary.rejectedByReason()).containsExactlyEntriesOf(Map.of("MISSING_FIELD", 1L));
    assertThat(rows(RejectsTable.NAME).get(0).<String>getAs(RejectsTable.LOCATION)).contains(":row ");
    assertThat(rows(PairsTable.NAME).get(0).<String>getAs(PairsTable.PROMPT)).isEqualTo("q1");
  }

  @Test
  void acrossParquetFilesOppositeLabelsAverageToATie() {
    StructType schema = new StructType().add("prompt", DataTypes.StringType).add("chosen", DataTypes.StringType)
        .add("rejected", DataTypes.StringType);
    String first = dir.resolve("first.parquet").toString();
    String second = dir.resolve("second.parquet").toString();
    spark.createDataFrame(List.of(RowFactory.create("q", "yes", "no")), schema).coalesce(1).write().parquet(first);
    spark.createDataFrame(List.of(RowFactory.create("q", "no", "yes")), schema).coalesce(1).write().parquet(second);

    IngestSummary summary = ingest(Map.of("ingest.input", first + "," + second, "ingest.format", "parquet"));

    assertThat(summary.added()).isEqualTo(1);
    assertThat(summary.disagreeing()).isEqualTo(1);
    assertThat(rows(PairsTable.NAME).get(0).<String>getAs(PairsTable.CHOSEN)).isEqualTo("yes");
    assertThat(rows(PairsTable.NAME).get(0).<Double>getAs(PairsTable.LABEL_P)).isEqualTo(0.5);
  }

  @Test
  void parquetLabelArraysAndAnnotationStructsAreEveryAnnotatorsLabel() {
    StructType annotation = new StructType().add("label", DataTypes.StringType).add("annotator", DataTypes.StringType);
    StructType schema = new StructType().add("prompt", DataTypes.StringType).add("response_a", DataTypes.StringType)
        .add("response_b", DataTypes.StringType)
        .add("labels", DataTypes.createArrayType(DataTypes.LongType))
        .add("annotations", DataTypes.createArrayType(annotation));
    String path = dir.resolve("annotated.parquet").toString();
    spark.createDataFrame(List.of(
            RowFactory.create("q1", "x", "y", List.of(1L, 2L, 2L), null),
            RowFactory.create("q2", "u", "v", null, List.of(RowFactory.create("a", "w1"), RowFactory.create("b", "w2"),
                RowFactory.create("a", "w3")))), schema)
        .coalesce(1).write().parquet(path);

    ingest(Map.of("ingest.input", path, "ingest.format", "parquet"));

    Row q1 = pair("q1");
    assertThat(q1.<String>getAs(PairsTable.CHOSEN)).isEqualTo("y");
    assertThat(q1.<Double>getAs(PairsTable.LABEL_P)).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(q1.<Integer>getAs(PairsTable.ANNOTATIONS)).isEqualTo(3);
    Row q2 = pair("q2");
    assertThat(q2.<String>getAs(PairsTable.CHOSEN)).isEqualTo("u");
    assertThat(q2.<Double>getAs(PairsTable.LABEL_P)).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(q2.<Double>getAs(PairsTable.AGREEMENT)).isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void missingParquetColumnIsAClearError() {
    spark.createDataFrame(List.of(RowFactory.create("q")), new StructType().add("question", DataTypes.StringType))
        .write().parquet(dir.resolve("p.parquet").toString());

    assertThatThrownBy(() -> ingest(Map.of("ingest.input", dir.resolve("p.parquet").toString(),
        "ingest.format", "parquet", "ingest.columns", "prompt=question,chosen=good")))
        .isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("no column [good]").hasMessageContaining("available columns: [question]");
  }

  @Test
  void commitMetadataRecordsRunConfigAndInputs() throws Exception {
    Path input = IngestFixtures.genericJsonl(dir);
    ingest(Map.of("ingest.input", input.toString()));

    String metadata = lake().lastCommitMetadata(PairsTable.CONTRACT);
    assertThat(metadata).contains("\"run_id\":\"", "\"job\":\"ingest\"", "\"config_hash\":\"", "generic.jsonl");
    String runId = rows(PairsTable.NAME).get(0).getAs(PairsTable.RUN_ID);
    assertThat(metadata).contains(runId);
  }

  private IngestSummary ingest(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(settings);
    all.put("lake", dir.resolve("lake").toString());
    all.put("ingest.max_text_chars", String.valueOf(IngestFixtures.MAX_TEXT_CHARS));
    Settings resolved = Settings.resolve(all);
    IngestSummary summary = IngestJob.run(spark, IngestConfig.from(resolved, List.of()),
        RunContext.start("ingest", resolved.explicitValues()));
    assertThat(summary.isBalanced()).as("read = added + already + duplicates + rejected").isTrue();
    return summary;
  }

  private Path lines(String name, String... lines) throws java.io.IOException {
    return java.nio.file.Files.write(dir.resolve(name), List.of(lines));
  }

  private Row pair(String prompt) {
    return rows(PairsTable.NAME).stream().filter(r -> r.<String>getAs(PairsTable.PROMPT).equals(prompt)).findFirst()
        .orElseThrow();
  }

  private Lakehouse lake() {
    return new Lakehouse(spark, dir.resolve("lake").toString());
  }

  private List<Row> rows(String table) {
    return spark.read().format("delta").load(dir.resolve("lake").resolve(table).toString()).collectAsList();
  }
}
