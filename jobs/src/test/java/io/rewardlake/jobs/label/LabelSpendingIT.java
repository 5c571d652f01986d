package io.rewardlake.jobs.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.apache.spark.sql.functions.col;

import io.rewardlake.core.judge.JudgeItem;
import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.RequestEstimate;
import io.rewardlake.core.judge.TokenEstimate;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.testkit.LoopbackOpenAiServer;
import io.rewardlake.testkit.LoopbackOpenAiServer.Reply;
import io.rewardlake.testkit.LoopbackOpenAiServer.Request;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a label run spends, against a loopback judge that bills every reply: tokens and cost summed exactly from the
 * replies' usage, a dry run that sends nothing and counts the requests a real run sends, a budget that stops a run
 * and a re-run that finishes without asking twice, the request cache answering what was asked before without a call,
 * and an ai_labels table from before the token columns.
 */
class LabelSpendingIT {
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  java.nio.file.Path dir;
  private LoopbackOpenAiServer server;
  private final ScriptedJudge judge = new ScriptedJudge(null, 1_000);

  @AfterEach
  void stopTheServer() {
    if (server != null) {
      server.close();
    }
  }

  /** The scripted judge, each reply billed {@code promptTokens(request)} prompt tokens and one completion token. */
  private void startBilling(ToLongFunction<Request> promptTokens) throws IOException {
    server = LoopbackOpenAiServer.start(request -> {
      Reply reply = judge.reply(request);
      return new Reply(reply.status(), LoopbackOpenAiServer.withUsage(reply.body(),
          promptTokens.applyAsLong(request), 1), reply.headers(), reply.delayMs());
    }, 8);
  }

  @Test
  void aDryRunCountsWhatTheRunSendsWhoseTokensAndCostAreTheRepliesUsageSummedExactly() throws IOException {
    startBilling(request -> TokenEstimate.of(request.prompt()));
    LabelFixtures.writePairs(spark, lake(), LabelFixtures.specs(10, 5));

    LabelSummary dry = label(Map.of("label.dry_run", "true"));
    assertThat(server.requests()).isZero();
    assertThat(labelsExist()).as("a dry run writes nothing").isFalse();
    assertThat(dry.lines()).anyMatch(line -> line.contains("10 pairs to judge: 20 requests"));

    LabelSummary summary = label(Map.of("judge.preflight", "true", "judge.price_prompt_per_1k", "0.5",
        "judge.price_completion_per_1k", "2"));

    // The preflight's probe is the first request; the pairs' 20 follow, as the dry run counted.
    assertThat(judge.received).hasSize(1 + 20);
    List<Request> pairs = judge.received.subList(1, judge.received.size());
    assertThat(dry.dryRun().requests()).isEqualTo(pairs.size());
    long prompt = pairs.stream().mapToLong(request -> TokenEstimate.of(request.prompt())).sum();
    // The replies bill exactly the estimate's rule, so the dry run's estimate must equal what was billed.
    assertThat(dry.dryRun().usage().promptTokens()).isEqualTo(prompt);
    assertThat(summary.tally().promptTokens()).isEqualTo(prompt);
    assertThat(summary.tally().completionTokens()).isEqualTo(20);
    assertThat(summary.tally().estimatedRows()).isZero();
    assertThat(summary.tally().cost()).isCloseTo((prompt * 0.5 + 20 * 2) / 1000, within(1e-12));
    Row sums = labels().agg(org.apache.spark.sql.functions.sum(AiLabelsTable.PROMPT_TOKENS),
        org.apache.spark.sql.functions.sum(AiLabelsTable.COMPLETION_TOKENS),
        org.apache.spark.sql.functions.sum(AiLabelsTable.COST)).first();
    assertThat(sums.getLong(0)).isEqualTo(prompt);
    assertThat(sums.getLong(1)).isEqualTo(20);
    assertThat(sums.getDouble(2)).isCloseTo((prompt * 0.5 + 20 * 2) / 1000, within(1e-12));
    assertThat(summary.lines()).anyMatch(line -> line.contains(String.format(java.util.Locale.ROOT,
        "tokens: %,d prompt + 20 completion (from the replies' usage)", prompt)));
  }

  @Test
  void aBudgetStopsTheRunAndAReRunFinishesWithoutAskingTwice() throws IOException {
    startBilling(request -> TokenEstimate.of(request.prompt()));
    List<LabelFixtures.Spec> specs = LabelFixtures.specs(20, 7);
    LabelFixtures.writePairs(spark, lake(), specs);
    RequestEstimate perPair = new RequestEstimate(JudgeTemplates.load("helpfulness"), JudgeMode.PAIRWISE, 256);
    long allTokens = specs.stream().map(LabelFixtures.Spec::row)
        .mapToLong(row -> perPair.of(new JudgeItem("p", row.getString(3), row.getString(4), row.getString(5)))
            .totalTokens()).sum();
    long budget = allTokens * 2 / 5;

    LabelSummary first = label(Map.of("label.budget_tokens", Long.toString(budget), "label.batch_pairs", "4"));

    long perPairMax = judge.received.stream().mapToLong(r -> TokenEstimate.of(r.prompt()) + 1).max().orElseThrow() * 2;
    assertThat(first.judged()).isBetween(1L, 19L);
    assertThat(first.leftForLater()).isEqualTo(20 - first.judged());
    assertThat(first.tally().tokens()).as("spent within the budget, give or take one pair's estimate")
        .isLessThanOrEqualTo(budget + perPairMax);
    assertThat(labels().count()).isEqualTo(first.judged());
    assertThat(first.lines()).anyMatch(line -> line.contains("stopped at the budget"));

    LabelSummary rest = label(Map.of());
    assertThat(rest.alreadyLabelled()).isEqualTo(first.judged());
    assertThat(rest.judged()).isEqualTo(20 - first.judged());
    assertThat(judge.received.stream().map(Request::prompt).distinct().count())
        .as("no request sent twice").isEqualTo(judge.received.size()).isEqualTo(40);
  }

  @Test
  void aRequestAskedBeforeIsAnsweredFromTheCacheWithoutACall() throws IOException {
    startBilling(request -> 10);
    List<LabelFixtures.Spec> specs = LabelFixtures.specs(6, 9);
    LabelFixtures.writePairs(spark, lake(), specs);
    label(Map.of());
    assertThat(server.requests()).isEqualTo(12);
    Map<String, Double> first = softLabels("helpfulness@v1");

    // The same prompts under another template id: every request is one the cache holds.
    java.nio.file.Path renamed = dir.resolve("renamed.yaml");
    java.nio.file.Files.writeString(renamed, JudgeTemplates.presetYaml("helpfulness")
        .replace("\nid: helpfulness\n", "\nid: renamed\n"));
    LabelSummary again = label(Map.of("label.template", renamed.toString(), "judge.price_prompt_per_1k", "1"));

    assertThat(server.requests()).as("no request sent").isEqualTo(12);
    assertThat(again.judged()).isEqualTo(6);
    assertThat(again.tally().cachedCalls()).isEqualTo(12);
    assertThat(again.tally().tokens()).as("nothing billed again").isZero();
    assertThat(softLabels("renamed@v1")).isEqualTo(first);
    assertThat(new Lakehouse(spark, lake()).read(io.rewardlake.schemas.JudgeCacheTable.CONTRACT, "label").count())
        .isEqualTo(12);

    // A new pair next to the old ones: only its two requests go out.
    LabelFixtures.writePairs(spark, lake(), LabelFixtures.specs(7, 9));
    LabelSummary third = label(Map.of("label.template", renamed.toString()));
    assertThat(third.judged()).isEqualTo(1);
    assertThat(server.requests()).isEqualTo(14);
  }

  private Map<String, Double> softLabels(String templateId) {
    Map<String, Double> labels = new java.util.TreeMap<>();
    labels().filter(col(AiLabelsTable.TEMPLATE_ID).equalTo(templateId)).collectAsList()
        .forEach(row -> labels.put(row.getAs(AiLabelsTable.PAIR_ID), row.getAs(AiLabelsTable.P_A)));
    return labels;
  }

  @Test
  void anAiLabelsTableFromBeforeTheTokenColumnsGainsThem() throws IOException {
    startBilling(request -> 7);
    List<LabelFixtures.Spec> specs = LabelFixtures.specs(4, 8);
    LabelFixtures.writePairs(spark, lake(), specs.subList(0, 2));
    label(Map.of());
    // Rewrite the table as an older release wrote it: without the token and cache columns.
    String path = lake() + "/" + AiLabelsTable.NAME;
    org.apache.spark.sql.Dataset<Row> old = spark.read().format("delta").load(path)
        .drop(AiLabelsTable.PROMPT_TOKENS, AiLabelsTable.COMPLETION_TOKENS, AiLabelsTable.TOKENS_ESTIMATED,
            AiLabelsTable.COST, AiLabelsTable.CACHED_CALLS).localCheckpoint();
    old.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(path);
    assertThat(labels().filter(col(AiLabelsTable.PROMPT_TOKENS).isNotNull()).count()).as("old rows read null")
        .isZero();

    LabelFixtures.writePairs(spark, lake(), specs);
    LabelSummary summary = label(Map.of());

    assertThat(summary.judged()).isEqualTo(2);
    assertThat(spark.read().format("delta").load(path).columns()).contains(AiLabelsTable.PROMPT_TOKENS,
        AiLabelsTable.COST);
    assertThat(labels().filter(col(AiLabelsTable.PROMPT_TOKENS).equalTo(14)).count()).isEqualTo(2);
    assertThat(labels().count()).isEqualTo(4);
  }

  private LabelSummary label(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(Map.of("lake", lake(), "label.judge", "http",
        "judge.base_url", server.baseUrl(), "judge.model", "billing-judge", "judge.api_key_env", "",
        "judge.timeout_ms", "2000", "judge.max_attempts", "2", "judge.concurrency", "4", "judge.preflight", "false"));
    settings.put("label.batch_pairs", "1000");
    settings.putAll(overrides);
    return LabelJob.run(spark, LabelConfig.from(Settings.resolve(settings)), RunContext.start("label", settings),
        name -> null);
  }

  private org.apache.spark.sql.Dataset<Row> labels() {
    return new Lakehouse(spark, lake()).read(AiLabelsTable.CONTRACT, "label");
  }

  private boolean labelsExist() {
    return new Lakehouse(spark, lake()).exists(AiLabelsTable.CONTRACT);
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }
}
