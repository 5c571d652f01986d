package io.rewardlake.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.PairsTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest as a stranger meets it: a folder with a README and a CSV beside the data, an empty file, a corpus without
 * splits, a file in another format, a truncated download.
 */
class IngestFirstDayIT {
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void aMixedFolderSkipsNonDataWarnsOnEmptyFilesAndHoldsOutWholePrompts() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(folder.resolve("README.md"), "# My corpus\nSee data.jsonl.\n");
    Files.writeString(folder.resolve("notes.csv"), "prompt,chosen,rejected\na,b,c\n");
    Files.writeString(folder.resolve("empty.jsonl"), "\n\n");
    List<String> lines = new ArrayList<>();
    for (int p = 0; p < 40; p++) {
      for (int r = 0; r < 3; r++) {
        lines.add("{\"prompt\": \"question " + p + "\", \"response_a\": \"answer " + r + "\", \"response_b\":"
            + " \"other " + r + "\", \"label\": 0.8}");
      }
    }
    Files.write(folder.resolve("data.jsonl"), lines);

    IngestSummary summary = ingest(Map.of("ingest.input", folder.toString(), "ingest.test_fraction", "0.3"));

    assertThat(summary.inputFiles()).as("data.jsonl and the empty file").isEqualTo(2);
    assertThat(summary.rejected()).isZero();
    assertThat(summary.added()).isEqualTo(120);
    assertThat(summary.lines()).anySatisfy(line -> assertThat(line).contains("skipped 2 file(s) that are not data:",
        "README.md (not a .jsonl/.json file)", "notes.csv"));
    assertThat(summary.lines()).anySatisfy(line -> assertThat(line).contains("WARNING: empty.jsonl holds no record"));
    assertThat(summary.lines()).anySatisfy(line -> assertThat(line).contains("120 pairs have a soft label",
        "--label-source ai"));
    List<Row> pairs = spark.read().format("delta").load(dir.resolve("lake").resolve(PairsTable.NAME).toString())
        .collectAsList();
    Map<String, Set<String>> splitsByPrompt = pairs.stream().collect(Collectors.groupingBy(
        row -> row.<String>getAs(PairsTable.PROMPT), Collectors.mapping(row -> row.<String>getAs(PairsTable.SPLIT),
            Collectors.toSet())));
    assertThat(splitsByPrompt.values()).as("a prompt never sits on both sides").allSatisfy(splits ->
        assertThat(splits).hasSize(1));
    long held = splitsByPrompt.values().stream().filter(splits -> splits.contains("test")).count();
    assertThat(held).as("about 30% of 40 prompts").isBetween(6L, 20L);
    assertThat(summary.lines()).anySatisfy(line -> assertThat(line).startsWith("  new pairs per split: {test="));
  }

  @Test
  void aFileInAnotherFormatIsRefusedWithTheFlagThatReadsIt() throws IOException {
    Path hh = dir.resolve("harmless.jsonl");
    Files.writeString(hh, "{\"chosen\": \"\\n\\nHuman: hi\\n\\nAssistant: hello\", \"rejected\": \"\\n\\nHuman: hi"
        + "\\n\\nAssistant: go away\"}\n");

    assertThatThrownBy(() -> ingest(Map.of("ingest.input", hh.toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("harmless.jsonl looks like hh-rlhf").hasMessageContaining("pass --format hh-rlhf");
    assertThat(new Lakehouse(spark, dir.resolve("lake").toString()).exists(PairsTable.CONTRACT)).isFalse();
  }

  @Test
  void aTruncatedGzipIsAnErrorNamingTheFileAndNothingIsWritten() throws IOException {
    Path gz = dir.resolve("download.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      for (int i = 0; i < 5_000; i++) {
        out.write(("{\"prompt\": \"q" + i + "\", \"chosen\": \"a" + i + " " + "words ".repeat(i % 7) + "\","
            + " \"rejected\": \"b" + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] bytes = Files.readAllBytes(gz);
    Files.write(gz, Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> ingest(Map.of("ingest.input", gz.toString())))
        .isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("Cannot read file:" + gz)
        .hasMessageContaining("readable lines)")
        .hasMessageContaining("truncated or corrupt")
        .hasMessageContaining("Nothing was written");
    assertThat(new Lakehouse(spark, dir.resolve("lake").toString()).exists(PairsTable.CONTRACT)).isFalse();
  }

  private IngestSummary ingest(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(settings);
    all.put("lake", dir.resolve("lake").toString());
    Settings resolved = Settings.resolve(all);
    return IngestJob.run(spark, IngestConfig.from(resolved, List.of()),
        RunContext.start("ingest", resolved.explicitValues()));
  }
}
