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
 * A label run killed with SIGKILL in the middle of its second micro-batch, then re-run: the committed batch survives,
 * the replies the killed run received for the batch in flight were spooled and answer the re-run's requests (only the
 * few in flight at the kill are asked twice), and the table ends with one ok row per pair. The killed run is a real
 * second JVM running RewardLake's main class, as a user's would be.
 */
class LabelKillIT {
  private static final String KEY = "sk-kill-test-51c0ffee";
  private static final int PAIRS = 60;
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void aKilledRunLosesNoPaidReplyAndAReRunFinishesWithoutDuplicates() throws Exception {
    LabelFixtures.writePairs(spark, lake(), LabelFixtures.specs(PAIRS, 17));
    Path keyFile = Files.writeString(dir.resolve("key"), KEY);
    Path output = dir.resolve("killed-run.log");
    ScriptedJudge judge = new ScriptedJudge(KEY, 0, 60);
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(judge, 8)) {
      Map<String, String> settings = settings(server, keyFile);
      Process killed = start(settings, output);
      // The first batch committed, then eight requests into the second.
      boolean midSecondBatch = waitForCommit(Path.of(lake(), AiLabelsTable.NAME, "_delta_log"), killed)
          && waitForRequests(server, server.requests() + 8, killed);
      killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertThat(midSecondBatch).as("the run was in its second batch when killed; its output:\n%s",
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
      // The re-run sends its probe and what the killed run had not been answered; the rest come from the spool.
      long answeredBefore = requestsBefore - 1 - 2 * survived;
      assertThat(rerun.tally().cachedCalls()).as("replies the killed run paid for, reused")
          .isBetween(answeredBefore - 2, answeredBefore);
      assertThat(server.requests() - requestsBefore).isEqualTo(1 + 2 * (PAIRS - survived) - rerun.tally().cachedCalls());
      Map<String, Long> asked = judge.received.stream().map(LoopbackOpenAiServer.Request::prompt)
          .filter(prompt -> !prompt.contains(io.rewardlake.core.judge.http.JudgePreflight.CONTEXT))
          .collect(java.util.stream.Collectors.groupingBy(prompt -> prompt, java.util.stream.Collectors.counting()));
      assertThat(asked).hasSize(2 * PAIRS);
      assertThat(asked.values().stream().filter(count -> count > 1).count())
          .as("asked twice: at most the requests in flight when the run was killed (concurrency 2)")
          .isLessThanOrEqualTo(2);
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
      Thread.sleep(5);
    }
    return false;
  }

  /** Waits until the server has received {@code count} requests, or the process ends. */
  private static boolean waitForRequests(LoopbackOpenAiServer server, long count, Process process)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (server.requests() >= count) {
        return true;
      }
      Thread.sleep(5);
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
