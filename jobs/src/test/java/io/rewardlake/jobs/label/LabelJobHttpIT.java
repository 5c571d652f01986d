package io.rewardlake.jobs.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.testkit.LoopbackOpenAiServer;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.train.TrainConfig;
import io.rewardlake.jobs.train.TrainJob;
import io.rewardlake.jobs.train.TrainSummary;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.PairsTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.io.TempDir;

/**
 * The label job against a real OpenAI-compatible server on loopback ({@link ScriptedJudge}): exact soft labels from
 * known log-probabilities, both orders, chain of thought, direct scores, injected failures, resumption, evaluation,
 * distillation, and the API key kept out of everything the job writes or prints.
 */
class LabelJobHttpIT {
  private static final String KEY = "sk-test-7f3a9c1e5b2d";
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;
  private ScriptedJudge judge;
  private LoopbackOpenAiServer server;
  private Path keyFile;

  @BeforeEach
  void startTheServer() throws IOException {
    judge = new ScriptedJudge(KEY, 1_500);
    server = LoopbackOpenAiServer.start(judge, 16);
    keyFile = Files.writeString(dir.resolve("judge.key"), KEY + "\n");
  }

  @AfterEach
  void stopTheServer() {
    server.close();
  }

  @Test
  void pairwiseSoftLabelsAreExactWithBothOrdersAveraged() {
    List<LabelFixtures.Spec> specs = Stream.concat(Stream.of(
        new LabelFixtures.Spec("hand-checked", 0.8, 0.2, "train", 1.0),
        new LabelFixtures.Spec("a tie", 0.5, 0.5, "train", 1.0)), LabelFixtures.specs(10, 3).stream()).toList();
    LabelFixtures.writePairs(spark, lake(), specs);

    LabelSummary summary = label(Map.of());

    assertThat(summary.statuses()).containsExactly(Map.entry("ok", 12L));
    assertThat(server.requests()).isEqualTo(24);
    Map<String, Row> rows = labels();
    // q = 0.8 vs 0.2 with a bias of ln 2 for the first position: P(1) = 8/9 with A first, 1/3 with B first.
    Row hand = rows.get(specs.get(0).row().getString(0));
    assertThat(hand.<Double>getAs("p_a_ab")).isCloseTo(8.0 / 9, within(1e-12));
    assertThat(hand.<Double>getAs("p_a_ba")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(hand.<Double>getAs("p_a")).isCloseTo(7.0 / 9, within(1e-12));
    assertThat(hand.<Boolean>getAs("position_consistent")).isTrue();
    Row tie = rows.get(specs.get(1).row().getString(0));
    assertThat(tie.<Double>getAs("p_a")).isCloseTo(0.5, within(1e-12));
    assertThat(tie.<Boolean>getAs("position_consistent")).isFalse();
    for (LabelFixtures.Spec spec : specs) {
      Row row = rows.get(spec.row().getString(0));
      double ab = ScriptedJudge.preferFirst(spec.qa(), spec.qb(), ScriptedJudge.BIAS);
      double ba = ScriptedJudge.preferFirst(spec.qb(), spec.qa(), ScriptedJudge.BIAS);
      assertThat(row.<Double>getAs("p_a")).isCloseTo((ab + 1 - ba) / 2, within(1e-12));
      assertThat(row.<String>getAs("judge_id")).isEqualTo("openai-completions:fake-judge");
      assertThat(row.<String>getAs("template_id")).isEqualTo("helpfulness@v1");
      assertThat(row.<Integer>getAs("attempts")).isEqualTo(2);
    }
  }

  @Test
  void failuresEndAsStatusesWithTheirAttempts() {
    LabelFixtures.writePairs(spark, lake(), List.of(
        new LabelFixtures.Spec("FAULT=429x2 throttled", 0.7, 0.3, "train", 1.0),
        new LabelFixtures.Spec("FAULT=500x99 broken", 0.7, 0.3, "train", 1.0),
        new LabelFixtures.Spec("FAULT=timeoutx1 slow", 0.7, 0.3, "train", 1.0),
        new LabelFixtures.Spec("FAULT=malformed garbage", 0.7, 0.3, "train", 1.0),
        new LabelFixtures.Spec("FAULT=malformedx1 truncated once", 0.7, 0.3, "train", 1.0),
        new LabelFixtures.Spec("FAULT=nologprobs text only", 0.7, 0.3, "train", 1.0),
        new LabelFixtures.Spec("fine", 0.7, 0.3, "train", 1.0)));

    LabelSummary summary = label(Map.of("label.max_failure_rate", "1"));

    assertThat(summary.statuses()).containsEntry("ok", 4L).containsEntry("http_error", 1L)
        .containsEntry("malformed", 2L);
    Map<String, Row> byContext = labelsByContext();
    assertThat(byContext.get("throttled").<Integer>getAs("attempts")).isEqualTo(6); // 2 x (429, 429, ok)
    assertThat(byContext.get("slow").<Integer>getAs("attempts")).isEqualTo(4);      // 2 x (timeout, ok)
    assertThat(byContext.get("slow").<String>getAs("status")).isEqualTo("ok");
    Row broken = byContext.get("broken");
    assertThat(broken.<Integer>getAs("attempts")).isEqualTo(6);                     // 2 x 3 attempts
    assertThat(broken.<String>getAs("error")).contains("HTTP 500", "internal error", "(3 attempts)");
    assertThat(broken.<Double>getAs("p_a")).isNull();
    // A body that is not complete JSON (a proxy cut it) is retried like a 5xx; a well-formed reply without
    // log-probabilities is not, since asking again gets the same answer.
    assertThat(byContext.get("garbage").<String>getAs("error")).contains("not complete JSON", "(3 attempts)");
    assertThat(byContext.get("garbage").<Integer>getAs("attempts")).isEqualTo(6);   // 2 x 3 attempts
    assertThat(byContext.get("truncated once").<String>getAs("status")).isEqualTo("ok");
    assertThat(byContext.get("truncated once").<Integer>getAs("attempts")).isEqualTo(4); // 2 x (cut, ok)
    assertThat(byContext.get("text only").<String>getAs("error")).contains("no log-probabilities");
    assertThat(byContext.get("text only").<Integer>getAs("attempts")).isEqualTo(2);  // 1 per order
  }

  @Test
  void aReRunSkipsOkPairsRetriesFailedOnesAndNeverDuplicates() {
    LabelFixtures.writePairs(spark, lake(), Stream.concat(
        Stream.of(new LabelFixtures.Spec("FAULT=500x3 flaky", 0.6, 0.4, "train", 1.0)),
        LabelFixtures.specs(7, 5).stream()).toList());
    LabelSummary first = label(Map.of("label.max_failure_rate", "1"));
    assertThat(first.statuses()).containsEntry("ok", 7L).containsEntry("http_error", 1L);
    long requestsBefore = server.requests();

    LabelSummary second = label(Map.of());

    assertThat(second.alreadyLabelled()).isEqualTo(7);
    assertThat(second.statuses()).containsExactly(Map.entry("ok", 1L));
    assertThat(server.requests() - requestsBefore).isEqualTo(2);  // only the failed pair, both orders
    List<Row> all = new Lakehouse(spark, lake()).read(AiLabelsTable.CONTRACT, "label").collectAsList();
    assertThat(all).hasSize(8).extracting(row -> row.<String>getAs("status")).containsOnly("ok");
    assertThat(all.stream().map(row -> row.<String>getAs("pair_id")).distinct()).hasSize(8);
  }

  @Test
  void tooManyFailuresFailTheRunAfterWritingEveryRow() {
    LabelFixtures.writePairs(spark, lake(), List.of(new LabelFixtures.Spec("FAULT=500x99 a", 0.6, 0.4, "train", 1),
        new LabelFixtures.Spec("fine", 0.6, 0.4, "train", 1)));

    assertThatThrownBy(() -> label(Map.of("label.max_failure_rate", "0.2")))
        .isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("1 of 2 pairs (50.0%) failed to be judged, above label.max_failure_rate 20.0%")
        .hasMessageContaining("re-run the same command");
    assertThat(labels()).hasSize(2);
  }

  @Test
  void chainOfThoughtGeneratesARationaleThenReadsTheLabelAfterIt() {
    List<LabelFixtures.Spec> specs = LabelFixtures.specs(4, 9);
    LabelFixtures.writePairs(spark, lake(), specs);

    LabelSummary summary = label(Map.of("label.mode", "cot", "judge.endpoint", "chat"));

    assertThat(summary.statuses()).containsExactly(Map.entry("ok", 4L));
    assertThat(server.requests()).isEqualTo(16);
    assertThat(judge.received).filteredOn(request -> request.maxTokens() > 1).hasSize(8)
        .allMatch(request -> request.chat() && request.prompt().endsWith("Rationale:"));
    Map<String, Row> rows = labels();
    for (LabelFixtures.Spec spec : specs) {
      Row row = rows.get(spec.row().getString(0));
      // The fake judge drops its position bias once a rationale is in the prompt: proof the second step carried it.
      assertThat(row.<Double>getAs("p_a_ab")).isCloseTo(spec.qa() / (spec.qa() + spec.qb()), within(1e-12));
      assertThat(row.<String>getAs("rationale")).isEqualTo(
          "[A shown first] Response 1 has quality " + spec.qa() + " and response 2 has " + spec.qb() + ".\n"
              + "[B shown first] Response 1 has quality " + spec.qb() + " and response 2 has " + spec.qa() + ".");
      assertThat(row.<String>getAs("mode")).isEqualTo("cot");
      assertThat(row.<Integer>getAs("attempts")).isEqualTo(4);
    }
  }

  @Test
  void directModeScoresEachResponseAndMapsToMinusOneToOne() {
    List<LabelFixtures.Spec> specs = LabelFixtures.specs(3, 11);
    LabelFixtures.writePairs(spark, lake(), specs);

    label(Map.of("label.mode", "direct"));

    Map<String, Row> rows = labels();
    for (LabelFixtures.Spec spec : specs) {
      Row row = rows.get(spec.row().getString(0));
      double expectedA = expectedScore(spec.qa());
      double expectedB = expectedScore(spec.qb());
      List<Double> scores = row.getList(row.fieldIndex("scores"));
      assertThat(scores).hasSize(2);
      assertThat(scores.get(0)).isCloseTo(expectedA, within(1e-12));
      assertThat(scores.get(1)).isCloseTo(expectedB, within(1e-12));
      double rewardA = (expectedA - 5.5) / 4.5;
      double rewardB = (expectedB - 5.5) / 4.5;
      assertThat(row.<Double>getAs("p_a")).isCloseTo(0.5 + (rewardA - rewardB) / 4, within(1e-12));
      assertThat(row.<Double>getAs("p_a_ab")).isNull();
    }
  }

  @Test
  void evaluationComparesBothOrdersWithEachOrderAloneAndDistillationFeedsTrain() {
    List<LabelFixtures.Spec> specs = LabelFixtures.specs(40, 13);
    LabelFixtures.writePairs(spark, lake(), specs);

    LabelSummary summary = label(Map.of("label.evaluate", "true", "label.distill", "true"));

    LabelEvaluation evaluation = summary.evaluation();
    assertThat(evaluation.pairs()).isEqualTo(40);
    assertThat(evaluation.bothOrders()).isEqualTo(expectedAlignment(specs, LabelJobHttpIT::debiased));
    assertThat(evaluation.aFirst()).isEqualTo(expectedAlignment(specs, LabelJobHttpIT::first));
    assertThat(evaluation.bFirst()).isEqualTo(expectedAlignment(specs, spec -> 1 - second(spec)));
    long consistent = specs.stream().filter(spec -> (first(spec) > 0.5) == (1 - second(spec) > 0.5)
        && first(spec) != 0.5 && second(spec) != 0.5).count();
    assertThat(evaluation.positionConsistency()).isCloseTo(consistent / 40.0, within(1e-12));
    // Against the truth, "agree" means preferring the truly better response: A when qa > qb, else B.
    assertThat(evaluation.truth()).isEqualTo(expectedAlignment(specs.stream().filter(spec -> spec.qa() != spec.qb())
        .toList(), spec -> spec.qa() > spec.qb() ? debiased(spec) : 1 - debiased(spec)));

    Map<String, Row> distilled = new Lakehouse(spark, lake()).read(PairsTable.AI_CONTRACT, "label").collectAsList()
        .stream().collect(Collectors.toMap(row -> row.getString(0), Function.identity()));
    Map<String, Row> labels = labels();
    assertThat(distilled).hasSize(40);
    distilled.values().forEach(row -> {
      boolean train = row.<String>getAs("split").equals("train");
      Double expected = train ? labels.get(row.getString(0)).<Double>getAs("p_a") : Double.valueOf(1.0);
      assertThat(row.<Double>getAs("label_p")).isEqualTo(expected);
      assertThat(row.<String>getAs("label_source")).isEqualTo(train ? "ai" : "synthetic");
    });
    TrainSummary trained = TrainJob.run(spark, TrainConfig.from(Settings.resolve(Map.of("lake", lake(),
        "train.input", "pairs_ai", "train.ensemble", "rlaif", "train.members", "2", "train.folds", "2",
        "train.hash_bits", "10", "train.max_iterations", "20"))), RunContext.start("train", Map.of()));
    assertThat(trained.lines()).anyMatch(line -> line.contains("rlaif"));
  }

  // Swaps System.out and System.err: classes run in parallel (see the failsafe configuration).
  @ResourceLock(Resources.SYSTEM_OUT)
  @Test
  void theApiKeyIsSentButNeverWrittenOrPrinted() throws IOException {
    LabelFixtures.writePairs(spark, lake(), List.of(new LabelFixtures.Spec("FAULT=500x99 echo", 0.6, 0.4, "train", 1),
        new LabelFixtures.Spec("fine", 0.6, 0.4, "train", 1)));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    LabelSummary summary;
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      summary = label(Map.of("label.max_failure_rate", "1", "label.evaluate", "true", "label.distill", "true"));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }

    assertThat(judge.received).allMatch(request -> ("Bearer " + KEY).equals(request.authorization()));
    assertThat(summary.statuses()).containsEntry("ok", 1L);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("API key from file").doesNotContain(KEY);
    assertThat(String.join("\n", summary.lines())).doesNotContain(KEY);
    try (Stream<Path> files = Files.walk(Path.of(lake()))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
            .doesNotContain(KEY);
      }
    }
  }

  @Test
  void aWrongKeyIsRejectedWithAHintAndNotRetried() throws IOException {
    LabelFixtures.writePairs(spark, lake(), List.of(new LabelFixtures.Spec("q", 0.6, 0.4, "train", 1)));
    Files.writeString(keyFile, "sk-wrong-key-0000");

    label(Map.of("label.max_failure_rate", "1"));

    Row row = labels().values().iterator().next();
    assertThat(row.<String>getAs("status")).isEqualTo("rejected");
    assertThat(row.<Integer>getAs("attempts")).isEqualTo(2);
    // The fake server echoes the header it got; the client scrubs the key from the error it keeps.
    assertThat(row.<String>getAs("error")).contains("HTTP 401", "Bearer ***", "check the API key")
        .doesNotContain("sk-wrong-key-0000");
  }

  private LabelSummary label(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(Map.of("lake", lake(), "label.judge", "http",
        "judge.base_url", server.baseUrl(), "judge.model", "fake-judge", "judge.api_key_file", keyFile.toString(),
        "judge.timeout_ms", "500", "judge.max_attempts", "3", "judge.backoff_ms", "10", "judge.max_backoff_ms", "50",
        "judge.concurrency", "4"));
    settings.put("label.batch_pairs", "1000");
    // These tests count the job's requests; the preflight's probe is tested on its own.
    settings.put("judge.preflight", "false");
    settings.put("judge.cache", "false"); // the request cache has its own tests (LabelSpendingIT, LabelKillIT)
    settings.putAll(overrides);
    return LabelJob.run(spark, LabelConfig.from(Settings.resolve(settings)), RunContext.start("label", settings),
        name -> null);
  }

  private Map<String, Row> labels() {
    return new Lakehouse(spark, lake()).read(AiLabelsTable.CONTRACT, "label").collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getString(0), Function.identity()));
  }

  private Map<String, Row> labelsByContext() {
    Map<String, String> contexts = new Lakehouse(spark, lake()).read(PairsTable.CONTRACT, "ingest").collectAsList()
        .stream().collect(Collectors.toMap(row -> row.getString(0), row -> row.<String>getAs("prompt")));
    Map<String, Row> out = new HashMap<>();
    labels().forEach((pairId, row) -> {
      String context = contexts.get(pairId);
      String name = context.replaceAll("^Human: (FAULT=\\S+ )?", "").replace("\n\nAssistant:", "");
      out.put(name, row);
    });
    return out;
  }

  private static double debiased(LabelFixtures.Spec spec) {
    return (first(spec) + 1 - second(spec)) / 2;
  }

  private static double first(LabelFixtures.Spec spec) {
    return ScriptedJudge.preferFirst(spec.qa(), spec.qb(), ScriptedJudge.BIAS);
  }

  private static double second(LabelFixtures.Spec spec) {
    return ScriptedJudge.preferFirst(spec.qb(), spec.qa(), ScriptedJudge.BIAS);
  }

  /** Every fixture pair is labelled A-preferred (label_p 1), so agreement is "the soft label prefers A". */
  private static LabelEvaluation.Alignment expectedAlignment(List<LabelFixtures.Spec> specs,
      Function<LabelFixtures.Spec, Double> softLabel) {
    long ties = specs.stream().filter(spec -> Math.abs(softLabel.apply(spec) - 0.5) < 1e-15).count();
    long agree = specs.stream().filter(spec -> softLabel.apply(spec) > 0.5 + 1e-15).count();
    return new LabelEvaluation.Alignment(specs.size(), agree, ties);
  }

  private static double expectedScore(double q) {
    Map<String, Double> alternatives = ScriptedJudge.scores(q);
    double sum = 0;
    double weighted = 0;
    for (int s = 1; s <= 10; s++) {
      double p = Math.exp(alternatives.get(Integer.toString(s)));
      sum += p;
      weighted += s * p;
    }
    return weighted / sum;
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }
}
