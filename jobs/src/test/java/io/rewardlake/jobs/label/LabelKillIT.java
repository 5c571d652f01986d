package io.rewardlake.jobs.label;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.testkit.LoopbackOpenAiServer;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.AiLabelsTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A label run killed with SIGKILL in the middle, then re-run: the committed micro-batches survive, the re-run judges
 * exactly the rest (2 requests per remaining pair), and the table ends with one ok row per pair. The killed run is a
 * real second JVM running RewardLake's main class, as a user's would be.
 */
class LabelKillIT {
  private static final String KEY = "sk-kill-test-51c0ffee";
  private static final int PAIRS = 60;
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void aKilledRunLosesOnlyTheBatchInFlightAndAReRunFinishesWithoutDuplicates() throws Exception {
    LabelFixtures.writePairs(spark, lake(), LabelFixtures.specs(PAIRS, 17));
    Path keyFile = Files.writeString(dir.resolve("key"), KEY);
    Path output = dir.resolve("killed-run.log");
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(new ScriptedJudge(KEY, 0, 60), 8)) {
      Map<String, String> settings = settings(server, keyFile);
      Process killed = start(settings, output);
      boolean committed = waitForCommit(Path.of(lake(), AiLabelsTable.NAME, "_delta_log"), killed);
      killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertThat(committed).as("the run committed a batch before it was killed; its output:\n%s",
          Files.readString(output)).isTrue();
      Thread.sleep(300); // let requests the dead JVM sent reach the counter
      long survived = rows().size();
      assertThat(survived).as("killed mid-run").isGreaterThan(0).isLessThan(PAIRS);
      long requestsBefore = server.requests();

      settings.put("label.batch_pairs", "1000"); // the re-run need not be slow to kill
      LabelSummary rerun = LabelJob.run(spark, LabelConfig.from(Settings.resolve(settings)),
          RunContext.start("label", settings), name -> null);

      assertThat(rerun.alreadyLabelled()).isEqualTo(survived);
      assertThat(rerun.statuses()).containsExactly(Map.entry("ok", PAIRS - survived));
      // The re-run's preflight probe, then both orders of each pair the killed run had not committed.
      assertThat(server.requests() - requestsBefore).isEqualTo(1 + 2 * (PAIRS - survived));
      List<Row> rows = rows();
      assertThat(rows).hasSize(PAIRS).allMatch(row -> row.<String>getAs("status").equals("ok"));
      assertThat(rows.stream().map(row -> row.<String>getAs("pair_id")).distinct()).hasSize(PAIRS);
      assertThat(Files.readString(output, StandardCharsets.UTF_8)).doesNotContain(KEY);
    }
  }

  private Map<String, String> settings(LoopbackOpenAiServer server, Path keyFile) {
    Map<String, String> settings = new HashMap<>(Map.of("lake", lake(), "label.judge", "http",
        "judge.base_url", server.baseUrl(), "judge.model", "fake-judge", "judge.api_key_file", keyFile.toString(),
        "judge.concurrency", "2", "label.batch_pairs", "10", "label.partitions", "1"));
    return settings;
  }

  /** {@code rewardlake label} in a new JVM, configured like the in-process re-run. */
  private Process start(Map<String, String> settings, Path output) throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Dlog4j2.configurationFile=" + root.resolve("conf/log4j2-local.properties")));
    for (String line : Files.readAllLines(root.resolve("conf/jvm-options"))) {
      if (!line.isBlank() && !line.strip().startsWith("#")) {
        command.add(line.strip());
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.rewardlake.jobs.Main", "label",
        "--master", "local[2]"));
    settings.forEach((key, value) -> command.addAll(List.of("--set", key + "=" + value)));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
  }

  /** Waits until the table's first data commit (version 0 creates the table) or the process ends. */
  private static boolean waitForCommit(Path log, Process process) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (Files.exists(log.resolve("00000000000000000001.json"))) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  private List<Row> rows() {
    return new Lakehouse(spark, lake()).read(AiLabelsTable.CONTRACT, "label").collectAsList();
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }
}
