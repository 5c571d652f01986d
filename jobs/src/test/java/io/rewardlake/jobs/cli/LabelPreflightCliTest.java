package io.rewardlake.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.testkit.LoopbackOpenAiServer;
import io.rewardlake.testkit.LoopbackOpenAiServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code label} and {@code pipeline} with an http judge probe it first: each way the endpoint can be wrong exits 2
 * after exactly one request (no retries), naming the cause and the fix; the pipeline before its first stage.
 */
class LabelPreflightCliTest {
  private static final String KEY = "sk-cli-preflight-9f8e7d";
  @TempDir
  Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
    originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(originalErr);
  }

  private int label(String baseUrl, String... more) throws Exception {
    Files.writeString(dir.resolve("key"), KEY);
    String[] base = {"label", "--lake", dir.resolve("lake").toString(), "--judge", "http", "--base-url", baseUrl,
        "--model", "judge-m", "--set", "judge.api_key_file=" + dir.resolve("key")};
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Cli.execute(args);
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void connectionRefusedExitsTwoBeforeSpark() throws Exception {
    String baseUrl;
    try (LoopbackOpenAiServer gone = LoopbackOpenAiServer.start(request -> Reply.error(500, "x"), 1)) {
      baseUrl = gone.baseUrl();
    }
    assertThat(label(baseUrl)).isEqualTo(Cli.USAGE);
    assertThat(errors()).contains("failed its preflight", "cannot reach", "judge.base_url", "--skip-preflight");
  }

  @Test
  void aRefusedKeyExitsTwoAfterOneRequestAndTheKeyIsNotPrinted() throws Exception {
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(
        request -> Reply.error(401, "invalid key " + request.authorization()), 2)) {
      assertThat(label(server.baseUrl())).isEqualTo(Cli.USAGE);
      assertThat(server.requests()).isEqualTo(1);
    }
    assertThat(errors()).contains("HTTP 401", "judge.api_key_file").doesNotContain(KEY);
  }

  @Test
  void anUnknownModelAndMissingLogprobsExitTwoAfterOneRequest() throws Exception {
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(
        request -> Reply.error(404, "The model `judge-m` does not exist."), 2)) {
      assertThat(label(server.baseUrl())).isEqualTo(Cli.USAGE);
      assertThat(server.requests()).isEqualTo(1);
    }
    assertThat(errors()).contains("does not exist", "judge.model");
    err.reset();
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(
        request -> Reply.ok(LoopbackOpenAiServer.textReply(request.chat(), "1")), 2)) {
      assertThat(label(server.baseUrl(), "--mode", "direct")).isEqualTo(Cli.USAGE);
      assertThat(server.requests()).isEqualTo(1);
    }
    assertThat(errors()).contains("no log-probabilities");
  }

  @Test
  void thePipelineProbesTheJudgeBeforeItsFirstStage() throws Exception {
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(request -> Reply.error(401, "no"), 2)) {
      Files.writeString(dir.resolve("key"), KEY);
      int exit = Cli.execute("pipeline", "--lake", dir.resolve("lake").toString(), "--set",
          "pipeline.stages=synth,ingest,train,label", "--set", "label.judge=http", "--set",
          "judge.base_url=" + server.baseUrl(), "--set", "judge.model=judge-m", "--set",
          "judge.api_key_file=" + dir.resolve("key"));
      assertThat(exit).isEqualTo(Cli.USAGE);
      assertThat(server.requests()).isEqualTo(1);
    }
    assertThat(Files.exists(dir.resolve("lake/raw"))).as("synth did not run").isFalse();
  }

  @Test
  void budgetsNeedAnHttpJudgeAndMoneyNeedsPrices() {
    assertThat(Cli.execute("label", "--lake", dir.toString(), "--budget", "1M")).isEqualTo(Cli.USAGE);
    assertThat(errors()).contains("bills none");
    err.reset();
    assertThat(Cli.execute("label", "--lake", dir.toString(), "--judge", "http", "--model", "m", "--budget", "$5",
        "--skip-preflight")).isEqualTo(Cli.USAGE);
    assertThat(errors()).contains("judge.price_prompt_per_1k");
    err.reset();
    assertThat(Cli.execute("label", "--lake", dir.toString(), "--budget", "lots")).isEqualTo(Cli.USAGE);
    assertThat(errors()).contains("neither tokens");
  }

  @Test
  void budgetsReadAsTokensOrMoney() {
    assertThat(BudgetOption.parse("2000000")).isEqualTo(Map.entry("label.budget_tokens", "2000000"));
    assertThat(BudgetOption.parse("500k")).isEqualTo(Map.entry("label.budget_tokens", "500000"));
    assertThat(BudgetOption.parse("2M tokens")).isEqualTo(Map.entry("label.budget_tokens", "2000000"));
    assertThat(BudgetOption.parse("1.5M")).isEqualTo(Map.entry("label.budget_tokens", "1500000"));
    assertThat(BudgetOption.parse("$25")).isEqualTo(Map.entry("label.budget_cost", "25"));
    assertThat(BudgetOption.parse("12.5€")).isEqualTo(Map.entry("label.budget_cost", "12.5"));
  }
}
