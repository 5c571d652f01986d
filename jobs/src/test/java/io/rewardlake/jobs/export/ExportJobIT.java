package io.rewardlake.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rewardlake.core.export.ExportColumns;
import io.rewardlake.core.export.ExportFormat;
import io.rewardlake.core.export.ExportStyle;
import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.PairsCleanTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The export job on a real local Delta lake: every format read back, orientation, dropped rows, splits, re-runs. */
class ExportJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SparkSession SPARK = SharedSpark.session();
  private final SparkSession spark = SPARK;

  /** One lake for the class (writing Delta tables costs seconds); every test exports to its own folder. */
  @TempDir
  static Path shared;

  @TempDir
  Path dir;

  @BeforeAll
  static void writeLake() {
    ExportFixtures.writeLake(SPARK, lake());
  }

  @Test
  void trlTextWritesOneFilePerSplitWithTheDocumentedColumnsSkippingDroppedPairs() throws IOException {
    ExportSummary summary = export(Map.of("export.output", ""));

    Path out = Path.of(lake(), "export", "trl");
    assertThat(summary.directory()).isEqualTo(out.toString());
    assertThat(summary.files()).containsExactly(new ExportedFile("test", "test.jsonl", 2),
        new ExportedFile("train", "train.jsonl", 2));
    assertThat(summary.skippedDropped()).isEqualTo(1);
    assertThat(summary.swapped()).isEqualTo(1);
    assertThat(summary.withoutPair()).isEqualTo(1);
    List<JsonNode> train = readJsonl(out.resolve("train.jsonl"));
    assertThat(train).extracting(r -> r.get("pair_id").asText()).containsExactly("p1", "p2");
    train.forEach(r -> assertThat(fieldNames(r)).isEqualTo(ExportColumns.names(ExportFormat.TRL, ExportStyle.TEXT)));
    JsonNode p1 = train.get(0);
    assertThat(p1.get("prompt").asText())
        .isEqualTo("\n\nHuman: Why is the sky blue?\n\nAssistant: By day?\n\nHuman: Yes.\n\nAssistant:");
    assertThat(p1.get("chosen").asText()).isEqualTo(" Rayleigh scattering.");
    assertThat(p1.get("rejected").asText()).isEqualTo(" No idea.");
    assertThat(p1.get("margin").isDouble()).isTrue();
    assertThat(p1.get("margin").asDouble()).isEqualTo(0.5);
    assertThat(train.get(1).get("prompt").asText()).isEqualTo("\n\nHuman: What is 2 + 2?\n\nAssistant:");
    assertThat(train.get(1).get("weight").asDouble()).isEqualTo(2.0);
  }

  @Test
  void trainerFormatsTurnPairsWhoseTargetPrefersRejectedAndNegateTheirMargin() throws IOException {
    export(Map.of());

    List<JsonNode> test = readJsonl(out("trl").resolve("test.jsonl"));
    JsonNode p4 = test.get(0);
    assertThat(p4.get("pair_id").asText()).isEqualTo("p4");
    assertThat(p4.get("chosen").asText()).isEqualTo(" Paris.");
    assertThat(p4.get("rejected").asText()).isEqualTo(" Lyon.");
    assertThat(p4.get("target_p").asDouble()).isCloseTo(0.7, within(1e-12));
    assertThat(p4.get("margin").asDouble()).isEqualTo(-0.4);
    JsonNode p5 = test.get(1);
    assertThat(p5.get("prompt").asText()).isEmpty();
    assertThat(p5.get("chosen").asText()).isEqualTo("A tidy summary.");
    assertThat(p5.get("target_p").asDouble()).isEqualTo(0.6);
  }

  @Test
  void conversationalStylesWriteRoleContentMessages() throws IOException {
    export(Map.of("export.style", "conversational"));
    export(Map.of("export.format", "openrlhf", "export.style", "conversational"));

    JsonNode trl = readJsonl(out("trl").resolve("train.jsonl")).get(0);
    assertThat(trl.get("prompt").toString()).isEqualTo("[{\"role\":\"user\",\"content\":\"Why is the sky blue?\"},"
        + "{\"role\":\"assistant\",\"content\":\"By day?\"},{\"role\":\"user\",\"content\":\"Yes.\"}]");
    assertThat(trl.get("chosen").toString())
        .isEqualTo("[{\"role\":\"assistant\",\"content\":\"Rayleigh scattering.\"}]");
    JsonNode blank = readJsonl(out("trl").resolve("test.jsonl")).get(1);
    assertThat(blank.get("prompt").toString()).isEqualTo("[{\"role\":\"user\",\"content\":\"\"}]");

    JsonNode openRlhf = readJsonl(out("openrlhf").resolve("train.jsonl")).get(0);
    assertThat(fieldNames(openRlhf))
        .isEqualTo(ExportColumns.names(ExportFormat.OPENRLHF, ExportStyle.CONVERSATIONAL)).doesNotContain("prompt");
    assertThat(openRlhf.get("rejected")).hasSize(4);
    assertThat(openRlhf.get("rejected").get(3).get("content").asText()).isEqualTo("No idea.");
  }

  @Test
  void openRlhfTextCarriesThePromptInsideChosenAndRejected() throws IOException {
    export(Map.of("export.format", "openrlhf"));

    JsonNode p1 = readJsonl(out("openrlhf").resolve("train.jsonl")).get(0);
    assertThat(fieldNames(p1)).containsExactly("chosen", "rejected", "margin", "target_p", "weight", "pair_id");
    assertThat(p1.get("chosen").asText()).isEqualTo("\n\n" + ExportFixtures.HH_PROMPT
        + "\n\nAssistant: Rayleigh scattering.");
  }

  @Test
  void jsonlWritesTheFullRowAsStoredAndIncludesDroppedPairsOnRequest() throws IOException {
    ExportSummary summary = export(Map.of("export.format", "jsonl", "export.include_dropped", "true"));

    assertThat(summary.skippedDropped()).isZero();
    assertThat(summary.swapped()).isZero();
    List<JsonNode> train = readJsonl(out("jsonl").resolve("train.jsonl"));
    assertThat(train).extracting(r -> r.get("pair_id").asText()).containsExactly("p1", "p2", "p3");
    train.forEach(r -> assertThat(fieldNames(r)).isEqualTo(ExportColumns.names(ExportFormat.JSONL, ExportStyle.TEXT)));
    JsonNode p3 = train.get(2);
    assertThat(p3.get("weight").asDouble()).isZero();
    assertThat(p3.get("action").asText()).isEqualTo("drop");
    assertThat(p3.get("split").asText()).isEqualTo("train");
    assertThat(p3.get("source").asText()).isEqualTo("fixture-train");
    assertThat(p3.get("prompt").asText()).isEqualTo("Human: Say hi.");
    JsonNode p4 = readJsonl(out("jsonl").resolve("test.jsonl")).get(0);
    assertThat(p4.get("chosen").asText()).isEqualTo("Lyon.");
    assertThat(p4.get("target_p").asDouble()).isEqualTo(0.3);
  }

  @Test
  void parquetHasTheSameColumnsAndOneFilePerSplit() {
    ExportSummary summary = export(Map.of("export.format", "parquet"));

    assertThat(summary.files()).extracting(ExportedFile::file).containsExactly("test.parquet", "train.parquet");
    Dataset<Row> train = spark.read().parquet(out("parquet").resolve("train.parquet").toString());
    assertThat(List.of(train.columns())).isEqualTo(ExportColumns.names(ExportFormat.PARQUET, ExportStyle.TEXT));
    List<Row> rows = train.orderBy("pair_id").collectAsList();
    assertThat(rows).extracting(r -> r.<String>getAs("pair_id")).containsExactly("p1", "p2");
    assertThat(rows.get(1).<Double>getAs("margin")).isEqualTo(0.25);
    assertThat(rows.get(1).<String>getAs("split")).isEqualTo("train");
    assertThat(spark.read().parquet(out("parquet").resolve("test.parquet").toString()).count())
        .isEqualTo(2);
  }

  @Test
  void theManifestAndReadmeListColumnsCountsTableVersionsAndTheTrainingCommand() throws IOException {
    export(Map.of("export.format", "openrlhf"));

    Path out = out("openrlhf");
    JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("format").asText()).isEqualTo("openrlhf");
    assertThat(manifest.get("style").asText()).isEqualTo("text");
    long cleanVersion = new Lakehouse(spark, lake()).version(PairsCleanTable.CONTRACT);
    assertThat(manifest.get("table_versions").get("pairs_clean").asLong()).isEqualTo(cleanVersion);
    assertThat(manifest.get("files").toString()).isEqualTo("[{\"split\":\"test\",\"file\":\"test.jsonl\","
        + "\"rows\":2},{\"split\":\"train\",\"file\":\"train.jsonl\",\"rows\":2}]");
    assertThat(manifest.get("columns")).extracting(c -> c.get("name").asText())
        .containsExactlyElementsOf(ExportColumns.names(ExportFormat.OPENRLHF, ExportStyle.TEXT));
    assertThat(manifest.get("train_command").asText())
        .contains("--dataset " + out.resolve("train.jsonl"), "--eval_dataset " + out.resolve("test.jsonl"),
            "--margin_loss");
    String readme = Files.readString(out.resolve("README.md"));
    assertThat(readme).contains("| train.jsonl | train | 2 |", "| `margin` | double |", "openrlhf.cli.train_rm",
        "`pairs_clean` version " + cleanVersion);
  }

  @Test
  void softTargetsAreSaidTiesDroppedMarginsStandardizedAndPlainPromptsExportedAsConversations() throws IOException {
    String soft = dir.resolve("soft-lake").toString();
    ExportFixtures.writeSoftLake(spark, soft);
    Map<String, String> settings = new HashMap<>(Map.of("lake", soft, "export.output", out("soft").toString()));

    ExportSummary summary = ExportJob.run(spark, ExportConfig.from(Settings.resolve(settings)),
        RunContext.start("export", settings));

    assertThat(summary.style()).as("no prompt is an HH transcript").isEqualTo(ExportStyle.CONVERSATIONAL);
    assertThat(summary.rows()).isEqualTo(3);
    assertThat(summary.lines()).contains(
        "export: dropped 1 ties (target_p 0.5): a trainer reading chosen/rejected would learn them as preferences"
            + " (export.ties=keep exports them)",
        "export: WARNING: 2 pairs have a soft target (0 < target_p < 1): the trainer's loss treats them as hard"
            + " preferences; target_p is in its own column for a custom loss, and --format jsonl or parquet keeps"
            + " RewardLake's whole row");
    List<JsonNode> rows = readJsonl(out("soft").resolve("train.jsonl"));
    assertThat(rows).extracting(r -> r.get("pair_id").asText()).containsExactlyInAnyOrder("s1", "s2", "s3");
    JsonNode s1 = rows.stream().filter(r -> r.get("pair_id").asText().equals("s1")).findFirst().orElseThrow();
    // Strength means 1..4 have a sample standard deviation of sqrt(5/3) = 1.291: the raw margin 2 becomes 1.549.
    assertThat(s1.get("margin").asDouble()).isCloseTo(2 / Math.sqrt(5.0 / 3), within(1e-9));
    assertThat(s1.get("prompt").toString()).isEqualTo("[{\"role\":\"user\",\"content\":\"Name a prime.\"}]");
    JsonNode manifest = JSON.readTree(out("soft").resolve("manifest.json").toFile());
    assertThat(manifest.get("labels").get("soft_targets").asLong()).isEqualTo(2);
    assertThat(manifest.get("labels").get("margins").asText()).isEqualTo("standardized");

    settings.putAll(Map.of("export.ties", "keep", "export.margins", "raw", "export.style", "text"));
    ExportSummary kept = ExportJob.run(spark, ExportConfig.from(Settings.resolve(settings)),
        RunContext.start("export", settings));
    assertThat(kept.rows()).isEqualTo(4);
    assertThat(kept.lines()).contains("export: 1 ties (target_p 0.5) exported as preferences: the trainer cannot"
        + " tell them from real ones");
    assertThat(readJsonl(out("soft").resolve("train.jsonl"))).anySatisfy(r ->
        assertThat(r.get("margin").asDouble()).isEqualTo(2.0));
  }

  @Test
  void aLengthBalancedExportPrefersTheLongerResponseInHalfThePairsOfUnequalLength() throws IOException {
    String lengths = dir.resolve("length-lake").toString();
    ExportFixtures.writeLengthLake(spark, lengths);
    Map<String, String> settings = Map.of("lake", lengths, "export.output", out("balanced").toString(),
        "export.length_balance", "true", "export.margins", "raw");

    ExportSummary summary = ExportJob.run(spark, ExportConfig.from(Settings.resolve(settings)),
        RunContext.start("export", settings));

    List<JsonNode> rows = readJsonl(out("balanced").resolve("train.jsonl"));
    // conversational rows: chosen and rejected are one assistant message each, so their JSON lengths differ as the
    // texts do
    long longer = rows.stream().filter(r -> lengthDifference(r) > 0).count();
    long shorter = rows.stream().filter(r -> lengthDifference(r) < 0).count();
    // the 100 shorter-preferred pairs all stay; a third of the 300 longer-preferred ones is drawn by pair id hash
    assertThat(shorter).isEqualTo(100);
    assertThat(longer).isBetween(75L, 125L);
    assertThat(rows).hasSize((int) (longer + shorter + 20));
    JsonNode balance = JSON.readTree(out("balanced").resolve("manifest.json").toFile()).get("length_balance")
        .get("train");
    assertThat(balance.get("longer_before").asLong()).isEqualTo(300);
    assertThat(balance.get("longer_after").asLong()).isEqualTo(longer);
    assertThat(balance.get("shorter_after").asLong()).isEqualTo(100);
    assertThat(summary.lines()).contains(String.format(java.util.Locale.ROOT, "export: length balance train: the"
        + " preferred response is the longer in 75.0%% of 400 pairs of unequal length, now %.1f%% of %d (%d left out)",
        100.0 * longer / (longer + 100), longer + 100, 300 - longer));

    ExportJob.run(spark, ExportConfig.from(Settings.resolve(settings)), RunContext.start("export", settings));
    assertThat(readJsonl(out("balanced").resolve("train.jsonl"))).as("the same lake gives the same files")
        .containsExactlyInAnyOrderElementsOf(rows);
  }

  @Test
  void reRunningReplacesTheWholeFolderAndLeavesNothingBeside() throws IOException {
    export(Map.of("export.include_dropped", "true"));
    assertThat(readJsonl(out("trl").resolve("train.jsonl"))).hasSize(3);

    ExportSummary second = export(Map.of("export.split", "test"));

    Path out = out("trl");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("test.jsonl", "manifest.json", "README.md");
    }
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("trl");
    }
    assertThat(second.files()).containsExactly(new ExportedFile("test", "test.jsonl", 2));
    assertThat(readJsonl(out.resolve("test.jsonl"))).hasSize(2);
  }

  @Test
  void aFolderThatIsNotAnExportIsNeverReplaced() throws IOException {
    Path precious = dir.resolve("precious");
    Files.createDirectories(precious);
    Files.writeString(precious.resolve("notes.txt"), "keep me");

    assertThatThrownBy(() -> export(Map.of("export.output", precious.toString())))
        .isInstanceOf(RewardLakeException.class).hasMessageContaining("has no manifest.json");
    assertThat(precious.resolve("notes.txt")).hasContent("keep me");
  }

  @ParameterizedTest
  @CsvSource({"validation, 'no pair to export in split ''validation''', '[test, train]'",
      "train, '', ''"})
  void aRequestedSplitMustHavePairs(String split, String message, String listed) {
    if (message.isEmpty()) {
      assertThat(export(Map.of("export.split", split)).files()).extracting(ExportedFile::split).containsExactly(split);
      return;
    }
    assertThatThrownBy(() -> export(Map.of("export.split", split)))
        .isInstanceOf(RewardLakeException.class).hasMessageContaining(message).hasMessageContaining(listed);
  }

  @Test
  void withoutPairsCleanTheErrorSaysToRunClean() {
    String empty = dir.resolve("empty-lake").toString();
    Map<String, String> settings = Map.of("lake", empty);

    assertThatThrownBy(() -> ExportJob.run(spark, ExportConfig.from(Settings.resolve(settings)),
        RunContext.start("export", settings)))
        .isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("Table 'pairs_clean' does not exist")
        .hasMessageContaining("run the 'clean' stage first");
  }

  /** Exports to {@link #out} of the format unless the settings name an output. */
  private ExportSummary export(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(Map.of("lake", lake()));
    String format = settings.getOrDefault("export.format", "trl");
    all.put("export.output", out(format).toString());
    all.putAll(settings);
    return ExportJob.run(spark, ExportConfig.from(Settings.resolve(all)), RunContext.start("export", all));
  }

  private static List<JsonNode> readJsonl(Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      rows.add(JSON.readTree(line));
    }
    return rows;
  }

  private static int lengthDifference(JsonNode row) {
    return row.get("chosen").toString().length() - row.get("rejected").toString().length();
  }

  private static List<String> fieldNames(JsonNode row) {
    List<String> names = new ArrayList<>();
    row.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String lake() {
    return shared.resolve("lake").toString();
  }

  /** The export folder of a test; the first test checks the default, {@code <lake>/export/<format>}. */
  private Path out(String format) {
    return dir.resolve(format);
  }
}
