package io.rewardlake.jobs.bench;

import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.core.judge.http.ApiKey;
import io.rewardlake.core.judge.http.HttpJudgeSettings;
import io.rewardlake.core.judge.http.OpenAiEndpoint;
import io.rewardlake.core.judge.http.OpenAiLanguageModel;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.label.JudgeTemplates;
import io.rewardlake.jobs.label.LabelConfig;
import io.rewardlake.jobs.label.Spending;
import io.rewardlake.core.judge.TokenEstimate;
import io.rewardlake.core.judge.TokenPrices;
import io.rewardlake.schemas.JudgeCacheTable;
import io.rewardlake.jobs.label.LabelJob;
import io.rewardlake.jobs.label.LabelSummary;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.testkit.LoopbackOpenAiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark of the HTTP judge's throughput against its ideal: a loopback OpenAI-compatible server that answers every
 * request after a fixed latency, so with C requests in flight no client can judge more than C / (2 · latency) pairs
 * per second (2 requests per pair). Side by side in one run: the bare client (all requests submitted at once, no
 * Spark, no table) and the whole {@code label} job (Spark partitions, micro-batch commits to {@code ai_labels}).
 */
public final class LabelBench {
  /** Per 1,000 prompt and completion tokens: any figures would do, the bench measures the accounting's cost. */
  static final TokenPrices PRICES = new TokenPrices(0.0005, 0.0015);

  private LabelBench() {}

  /**
   * @param lake a scratch lake: its {@code pairs} and {@code ai_labels} are replaced
   */
  public record Settings(String lake, int pairs, int concurrency, long latencyMs, int batchPairs) {}

  public static List<String> run(SparkSession spark, Settings settings) {
    double bound = settings.concurrency() * 1000.0 / (2.0 * settings.latencyMs());
    writePairs(spark, settings);
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(fixedLatency(settings.latencyMs()),
        2 * settings.concurrency() + 8)) {
      Progress.say("bench-label", "loopback endpoint " + server.baseUrl() + ", " + settings.latencyMs()
          + " ms per request, " + settings.concurrency() + " in flight: bound " + String.format(Locale.ROOT, "%.1f",
          bound) + " pairs/s");
      double client = bareClient(server, settings);
      LabelSummary job = labelJob(spark, server, settings);
      double judgingRate = job.judged() / job.judgingSeconds();
      double batchesRate = job.judged() / job.batchesSeconds();
      double jobRate = job.judged() / job.seconds();
      return List.of(
          String.format(Locale.ROOT, "bench-label: %,d pairs, %d requests in flight, %d ms latency per request",
              settings.pairs(), settings.concurrency(), settings.latencyMs()),
          String.format(Locale.ROOT, "  ideal bound C / (2 x latency):  %8.1f pairs/s", bound),
          rate("bare client (no Spark):", client, bound, ""),
          rate("label job, judging stage:", judgingRate, bound, String.format(Locale.ROOT, " (%,d pairs in %.2f s,"
              + " %s)", job.judged(), job.judgingSeconds(), job.statuses())),
          rate("label job, judging + commits:", batchesRate, bound, String.format(Locale.ROOT, " (%.2f s)",
              job.batchesSeconds())),
          rate("label job, whole run:", jobRate, bound, String.format(Locale.ROOT, " (%.2f s with finding the pairs"
              + " to judge and keeping the replies in judge_cache)", job.seconds())),
          String.format(Locale.ROOT, "  accounting: %,d prompt + %,d completion tokens, cost %.4f; request cache on,"
              + " %,d requests answered from it", job.tally().promptTokens(), job.tally().completionTokens(),
              job.tally().costOrZero(), job.tally().cachedCalls()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the loopback server", e);
    }
  }

  private static String rate(String label, double pairsPerSecond, double bound, String detail) {
    return String.format(Locale.ROOT, "  %-31s %8.1f pairs/s = %5.1f%% of the bound%s", label, pairsPerSecond,
        100 * pairsPerSecond / bound, detail);
  }

  /**
   * Answers every label request after {@code latencyMs}, preferring response 1 with probability 0.7, and bills it as
   * hosted APIs do (a usage object), so the job's token and cost accounting runs as in production.
   */
  static LoopbackOpenAiServer.Responder fixedLatency(long latencyMs) {
    return request -> LoopbackOpenAiServer.Reply.ok(LoopbackOpenAiServer.withUsage(
        LoopbackOpenAiServer.logprobsReply(request.chat(), Map.of(" 1", Math.log(0.7), " 2", Math.log(0.3))),
        TokenEstimate.of(request.prompt()), 1)).after(latencyMs);
  }

  private static double bareClient(LoopbackOpenAiServer server, Settings settings) {
    JudgeTemplate template = JudgeTemplates.load("helpfulness");
    try (OpenAiLanguageModel model = new OpenAiLanguageModel(endpoint(server, settings), ApiKey.none())) {
      long start = System.nanoTime();
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < settings.pairs(); i++) {
        calls.add(model.answerLogprobs(template.pairwise("question " + i, "a " + i, "b " + i)));
        calls.add(model.answerLogprobs(template.pairwise("question " + i, "b " + i, "a " + i)));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
      return settings.pairs() / ((System.nanoTime() - start) / 1e9);
    }
  }

  private static LabelSummary labelJob(SparkSession spark, LoopbackOpenAiServer server, Settings settings) {
    // As in production: tokens priced (so every row gets a cost) and the request cache on; no preflight (one request).
    LabelConfig config = new LabelConfig(settings.lake(), LabelConfig.HTTP, "main", JudgeTemplates.load("helpfulness"),
        "preset helpfulness", JudgeMode.PAIRWISE, "", 0, settings.batchPairs(), 0, 0.0, false, false,
        endpoint(server, settings), ConfigKeys.JUDGE_API_KEY_ENV.defaultValue(), "", 16, List.of("train"), "",
        ConfigKeys.JUDGE_TOP_LOGPROBS.defaultValue(), new Spending(PRICES, 0, 0, false), false, true);
    return LabelJob.run(spark, config, RunContext.start("bench-label", Map.of()), name -> null);
  }

  private static HttpJudgeSettings endpoint(LoopbackOpenAiServer server, Settings settings) {
    return new HttpJudgeSettings(server.baseUrl(), "loopback", OpenAiEndpoint.COMPLETIONS, settings.concurrency(), 0,
        30_000, 3, 100, 1_000, 20);
  }

  /** Generated by Spark itself: a local list of thousands of rows would make one oversized task. */
  private static void writePairs(SparkSession spark, Settings settings) {
    Dataset<Row> rows = spark.range(settings.pairs()).selectExpr(
        "sha2(concat('bench pair ', id), 256) AS pair_id", "'bench' AS source", "'train' AS split",
        "concat('Human: question ', id, '?\\n\\nAssistant:') AS prompt",
        "concat('a helpful answer to question ', id) AS chosen",
        "concat('an unhelpful answer to question ', id) AS rejected", "'synthetic' AS label_source",
        "1.0D AS label_p", "map('bench', 'true') AS meta", "1 AS annotations", "1.0D AS agreement",
        "'bench' AS run_id");
    Lakehouse lake = new Lakehouse(spark, settings.lake());
    Lineage lineage = new Lineage(RunContext.start("bench-label", Map.of()), List.of(), Map.of());
    lake.write(PairsTable.CONTRACT, spark.createDataFrame(rows.javaRDD(), PairsTable.SCHEMA), WriteMode.OVERWRITE,
        lineage);
    // A fresh request cache too: a cached reply would make the job faster than any judge.
    for (String scratch : List.of(JudgeCacheTable.NAME, LabelJob.REPLY_SPOOL)) {
      try {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(settings.lake(), scratch);
        path.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(path, true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot clear " + scratch + " in the scratch lake", e);
      }
    }
    if (lake.exists(AiLabelsTable.CONTRACT)) {
      lake.write(AiLabelsTable.CONTRACT, spark.createDataFrame(List.of(), AiLabelsTable.SCHEMA), WriteMode.OVERWRITE,
          lineage);
    }
  }
}
