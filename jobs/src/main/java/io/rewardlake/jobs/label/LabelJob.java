package io.rewardlake.jobs.label;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.judge.JudgePartition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code label}: pairs → {@code ai_labels}, RLAIF-style. Resumable by construction:
 * <ul>
 *   <li>the pairs to judge are those without an {@code ok} row for this judge, template and mode, so a re-run skips
 *       what is done and retries what failed;
 *   <li>they are judged in micro-batches of {@code label.batch_pairs}, each upserted into {@code ai_labels} in one
 *       Delta commit keyed by (pair, judge, template, mode), so a killed run loses at most the batch in flight and a
 *       pair never has two rows.
 * </ul>
 * Every pair judged ends as a row with a status; the run fails (after writing) when too many failed.
 */
public final class LabelJob {
  static final List<String> KEYS = List.of(AiLabelsTable.PAIR_ID, AiLabelsTable.JUDGE_ID, AiLabelsTable.TEMPLATE_ID,
      AiLabelsTable.MODE);
  private static final String STAGE = "label";
  /** The folder under the lake root where executors spool an http judge's replies (see {@link JudgeCache}). */
  public static final String REPLY_SPOOL = "_judge_spool";
  private static final String PREVIOUS = "previous_status";

  private LabelJob() {}

  public static LabelSummary run(SparkSession spark, LabelConfig config, RunContext run) {
    return run(spark, config, run, System::getenv);
  }

  /** As {@link #run(SparkSession, LabelConfig, RunContext)}, reading environment variables from {@code environment}. */
  public static LabelSummary run(SparkSession spark, LabelConfig given, RunContext run,
      UnaryOperator<String> environment) {
    long start = System.nanoTime();
    LabelConfig config = LabelPreflight.check(given, environment);
    Lakehouse lake = new Lakehouse(spark, config.lake());
    // The judge first: a wrong judge setting (model directory, key file) fails before any table is read.
    JudgeChoice judge = JudgeChoice.of(spark, lake, config, environment);
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest");
    Lineage lineage = new Lineage(run, List.of(), Map.of(PairsTable.NAME, lake.version(PairsTable.CONTRACT)));
    Progress.say(STAGE, "judge " + judge.judgeId() + ", template " + judge.templateId() + ", mode "
        + judge.mode().id() + ": " + judge.description());
    JudgeCache cache = JudgeCache.of(spark, lake, config, run.runId(), judge.judgeId());
    try {
      if (cache != null) {
        spark.sparkContext().setJobGroup(STAGE, "label: keep replies a previous run paid for", false);
        cache.fold(lineage); // what a killed run spooled
      }
      spark.sparkContext().setJobGroup(STAGE, "label: find pairs to judge", false);
      Dataset<Row> known = withPreviousStatus(lake, select(pairs, config), judge)
          .persist(StorageLevel.MEMORY_AND_DISK());
      Row counts = known.agg(expr("count(*)"), expr("count_if(" + PREVIOUS + " = 'ok')"),
          expr("count_if(" + PREVIOUS + " != 'ok')")).first();
      long selectedCount = counts.getLong(0);
      long pendingCount = selectedCount - counts.getLong(1);
      Progress.say(STAGE, String.format(Locale.ROOT, "%,d pairs selected, %,d already labelled ok, %,d to judge"
          + " (%,d of them failed before)", selectedCount, counts.getLong(1), pendingCount, counts.getLong(2)));
      Dataset<Row> pending = known.filter(col(PREVIOUS).isNull().or(col(PREVIOUS).notEqual("ok")))
          .select(JudgePartition.INPUT_COLUMNS.stream().map(known::col).toArray(Column[]::new));
      Spending spending = config.spending();
      LabelEstimate estimate = spending.dryRun() || spending.hasBudget()
          ? LabelEstimate.of(pending, pendingCount, config, judge.usesTokens()) : null;
      if (spending.dryRun()) {
        known.unpersist();
        return LabelSummary.dryRun(judge.judgeId(), judge.templateId(), judge.mode().id(), judge.description(),
            selectedCount, selectedCount - pendingCount, estimate, (System.nanoTime() - start) / 1e9);
      }
      long batches = System.nanoTime();
      Commit commit = new Commit(lineage, counts.getLong(2) > 0, new JudgingTime());
      Tally tally = judgeInBatches(spark, lake, pending, pendingCount, judge, config, run, commit, estimate, cache);
      if (cache != null) {
        cache.fold(lineage); // this run's replies, for the next run (within the run, executors keep them in memory)
      }
      double batchesSeconds = (System.nanoTime() - batches) / 1e9;
      known.unpersist();
      long distilled = config.distill() ? LabelDistillation.write(spark, lake, judge, config, lineage) : -1;
      LabelEvaluation evaluation = config.evaluate()
          ? LabelEvaluation.of(lake, judge.judgeId(), judge.templateId(), judge.mode().id()) : null;
      LabelSummary summary = new LabelSummary(judge.judgeId(), judge.templateId(), judge.mode().id(),
          judge.description(), selectedCount, selectedCount - pendingCount, tally,
          (System.nanoTime() - start) / 1e9, batchesSeconds, commit.timing().nanos / 1e9, distilled, evaluation,
          pendingCount - tally.pairs(), spending, null);
      failIfTooManyFailed(lake, judge, summary, config.maxFailureRate(), run);
      return summary;
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  private static Dataset<Row> select(Dataset<Row> pairs, LabelConfig config) {
    Dataset<Row> selected = config.split().isBlank() ? pairs
        : pairs.filter(col(PairsTable.SPLIT).equalTo(config.split()));
    if (config.limit() > 0) {
      selected = selected.orderBy(PairsTable.PAIR_ID).limit(config.limit());
    }
    return selected.select(JudgePartition.INPUT_COLUMNS.stream().map(selected::col).toArray(Column[]::new));
  }

  /**
   * The selected pairs with the status of this judge's (and template's and mode's) row for each in {@link #PREVIOUS},
   * null for pairs never judged: one pass tells what to skip (ok), what to retry (failed) and how to commit.
   */
  private static Dataset<Row> withPreviousStatus(Lakehouse lake, Dataset<Row> selected, JudgeChoice judge) {
    if (!lake.exists(AiLabelsTable.CONTRACT)) {
      return selected.withColumn(PREVIOUS, lit(null).cast("string"));
    }
    Dataset<Row> previous = lake.read(AiLabelsTable.CONTRACT, STAGE)
        .filter(col(AiLabelsTable.JUDGE_ID).equalTo(judge.judgeId())
            .and(col(AiLabelsTable.TEMPLATE_ID).equalTo(judge.templateId()))
            .and(col(AiLabelsTable.MODE).equalTo(judge.mode().id())))
        .select(col(AiLabelsTable.PAIR_ID).as("previous_pair_id"), col(AiLabelsTable.STATUS).as(PREVIOUS));
    return selected.join(previous, selected.col(PairsTable.PAIR_ID).equalTo(col("previous_pair_id")), "left")
        .drop("previous_pair_id");
  }

  /**
   * How a micro-batch is committed: an upsert when earlier runs left failed rows of this judge (a retried pair must
   * replace its row), otherwise a plain append, which is cheaper and equally safe because pending pairs then have no
   * row of this judge yet.
   */
  private record Commit(Lineage lineage, boolean upsert, JudgingTime timing) {}

  /** Time spent in the Spark stages that call the judge, summed over the micro-batches (commits excluded). */
  private static final class JudgingTime {
    private long nanos;

    void judged(long elapsedNanos) {
      nanos += elapsedNanos;
    }
  }

  private static Tally judgeInBatches(SparkSession spark, Lakehouse lake, Dataset<Row> pending, long pendingCount,
      JudgeChoice judge, LabelConfig config, RunContext run, Commit commit, LabelEstimate estimate,
      JudgeCache cache) {
    int batches = (int) Math.max(1, (pendingCount + config.batchPairs() - 1) / config.batchPairs());
    int partitions = config.partitions() > 0 ? config.partitions() : spark.sparkContext().defaultParallelism();
    Tally tally = Tally.EMPTY;
    long start = System.nanoTime();
    for (int batch = 0; batch < batches && pendingCount > 0; batch++) {
      spark.sparkContext().setJobGroup(STAGE, "label: judge micro-batch " + (batch + 1) + "/" + batches, false);
      Dataset<Row> inBatch = batches == 1 ? pending
          : pending.filter(pmod(xxhash64(col(PairsTable.PAIR_ID)), lit(batches)).equalTo(batch));
      long fits = BudgetCap.pairsThatFit(config.spending(), tally, estimate);
      if (fits == 0) {
        Progress.say(STAGE, "budget reached (" + config.spending().describe() + "): stopping; "
            + String.format(Locale.ROOT, "%,d pairs", pendingCount - tally.pairs()) + " left for a re-run");
        break;
      }
      boolean capped = fits < (pendingCount + batches - 1) / batches;
      if (capped) {
        inBatch = inBatch.orderBy(PairsTable.PAIR_ID).limit((int) Math.min(fits, Integer.MAX_VALUE));
      }
      Dataset<Row> input = cache == null ? inBatch : cache.attach(inBatch);
      tally = tally.plus(judgeAndCommit(spark, lake, input.repartition(partitions), judge, config, run, commit,
          cache == null ? null : cache.spoolDir()));
      Progress.say(STAGE, progressLine(batch + 1, batches, tally, pendingCount, start));
      if (capped) {
        Progress.say(STAGE, "budget reached (" + config.spending().describe() + "): "
            + String.format(Locale.ROOT, "%,d pairs", pendingCount - tally.pairs()) + " left for a re-run");
        break;
      }
    }
    return tally;
  }

  /** Judges one micro-batch once (the rows are cached, so the commit does not call the judge again), then upserts. */
  private static Tally judgeAndCommit(SparkSession spark, Lakehouse lake, Dataset<Row> pairs,
      JudgeChoice judge, LabelConfig config, RunContext run, Commit commit, String spoolDir) {
    JavaRDD<Row> rows = pairs.javaRDD().mapPartitions(new JudgePartition(judge.factory(), run.runId(),
        config.spending().prices(), spoolDir));
    Dataset<Row> judged = spark.createDataFrame(rows, AiLabelsTable.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long start = System.nanoTime();
      Tally tally = Tally.of(judged);
      commit.timing().judged(System.nanoTime() - start);
      if (tally.pairs() > 0 && commit.upsert()) {
        lake.merge(AiLabelsTable.CONTRACT, judged, KEYS, commit.lineage());
      } else if (tally.pairs() > 0) {
        lake.write(AiLabelsTable.CONTRACT, judged, WriteMode.APPEND, commit.lineage());
      }
      return tally;
    } finally {
      judged.unpersist();
    }
  }

  private static String progressLine(int batch, int batches, Tally tally, long total, long startNanos) {
    long done = tally.pairs();
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double rate = done / Math.max(seconds, 1e-9);
    double eta = (total - done) / Math.max(rate, 1e-9);
    String tokens = tally.tokens() == 0 ? "" : String.format(Locale.ROOT, ", %,d tokens", tally.tokens())
        + (tally.cost() == null ? "" : String.format(Locale.ROOT, ", cost %.4f", tally.cost()));
    return String.format(Locale.ROOT, "batch %d/%d committed: %,d/%,d pairs, %.1f pairs/s, ETA %.0f s, %s%s", batch,
        batches, done, total, rate, eta, tally.statuses(), tokens);
  }

  private static void failIfTooManyFailed(Lakehouse lake, JudgeChoice judge, LabelSummary summary, double maxRate,
      RunContext run) {
    long failed = summary.failed();
    if (summary.judged() == 0 || (double) failed / summary.judged() <= maxRate) {
      return;
    }
    Row example = lake.read(AiLabelsTable.CONTRACT, STAGE)
        .filter(col(AiLabelsTable.RUN_ID).equalTo(run.runId()).and(col(AiLabelsTable.STATUS).notEqual("ok"))
            .and(col(AiLabelsTable.JUDGE_ID).equalTo(judge.judgeId())))
        .select(AiLabelsTable.ERROR).first();
    throw Errors.tooManyJudgeFailures(failed, summary.judged(), maxRate, summary.statuses(), example.getString(0));
  }
}
