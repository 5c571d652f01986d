package io.rewardlake.jobs.evaluate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.core.stats.Bootstrap;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.vote.RocAuc;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.evaluate.AuditSummary.ActionScore;
import io.rewardlake.jobs.evaluate.AuditSummary.Detection;
import io.rewardlake.jobs.evaluate.AuditSummary.HeldOut;
import io.rewardlake.jobs.evaluate.FlipInjection.Injected;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.jobs.pipeline.PipelineJob;
import io.rewardlake.jobs.train.TrainJob;
import io.rewardlake.jobs.train.TrainingInput;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code evaluate --inject-flips}: what cleaning would do on this corpus. A copy of the lake's pairs with a known
 * share of training labels flipped ({@link FlipInjection}) goes into an audit lake; train, vote, clean and retrain
 * run there as configured, and an oracle ensemble trains with the flips undone. Then: how well the vote finds the
 * flips (ROC-AUC, beside a length-only score, on all pairs and on length-matched ones), how each cleaning action lines
 * up with them, and the held-out accuracy of the raw, cleaned and oracle ensembles against the real labels, with
 * bootstrap intervals. The user's corpus tables are only read; the results go to the lake's {@code evaluations}
 * table.
 */
public final class FlipAudit {
  private static final String STAGE = "evaluate";
  /** Length-matched: the longer response at most this many times the shorter one (±20%). */
  static final double MATCHED_RATIO = 1.2;

  private FlipAudit() {}

  public static AuditSummary run(SparkSession spark, AuditConfig config, RunContext run) {
    long start = System.nanoTime();
    Lakehouse source = new Lakehouse(spark, config.sourceLake());
    Lakehouse audit = new Lakehouse(spark, config.auditLake());
    List<String> trainSplits = config.stages().train().splits();
    Progress.say(STAGE, "audit: flipping " + config.share() + " of the decided training labels (seed " + config.seed()
        + ") in a copy at " + config.auditLake() + "; " + config.sourceLake() + " is only read (results go to its evaluations table)");
    Injected injected = FlipInjection.inject(source.read(PairsTable.CONTRACT, "ingest"), config.share(),
        config.seed(), trainSplits);
    if (injected.eligible() == 0) {
      throw new ConfigException("No pair of " + config.sourceLake() + " has a decided label in the training splits "
          + trainSplits + ", so the audit has nothing to flip or train on. If the corpus came as one file named"
          + " test (HH-RLHF's test.jsonl.gz), its split came from the file name: re-ingest a copy named otherwise with"
          + " --test-fraction 0.1.");
    }
    Lineage lineage = new Lineage(run, List.of(source.path(PairsTable.CONTRACT)),
        Map.of(PairsTable.NAME, source.version(PairsTable.CONTRACT)));
    audit.write(PairsTable.CONTRACT, injected.pairs(), WriteMode.OVERWRITE, lineage);
    FlipInjection.copyEmbeddings(source, audit, lineage);
    String policy = PipelineJob.run(spark, config.stages(), run).clean().policy().id();
    Progress.say(STAGE, "audit: training the oracle ensemble '" + config.oracle().ensembleId()
        + "' with the injected flips undone");
    TrainJob.run(spark, config.oracle(), run, TrainingInput.oracle(audit));
    spark.sparkContext().setJobGroup(STAGE, "evaluate: audit measurements", false);
    try {
      Dataset<Row> pairs = audit.read(PairsTable.CONTRACT, "audit");
      AuditSummary summary = new AuditSummary(config, injected.eligible(), injected.flipped(), policy,
          detection(audit, pairs, config, trainSplits), actions(audit, pairs, trainSplits),
          heldOut(spark, pairs, config, trainSplits, run), SecondOpinion.measure(audit, config.stages().vote()
              .ensemble(), "truth", config.seed()), (System.nanoTime() - start) / 1e9);
      summary.rows().write(spark, config.sourceLake(), run);
      return summary;
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  /** ROC-AUC of the vote and of a length-only score for "this label was flipped", over the training pairs. */
  private static Detection detection(Lakehouse audit, Dataset<Row> pairs, AuditConfig config, List<String> splits) {
    Dataset<Row> train = injectable(pairs, splits);
    Column chosen = length(col(PairsTable.CHOSEN));
    Column rejected = length(col(PairsTable.REJECTED));
    Row favour = train.agg(sum(when(chosen.gt(rejected), 1).otherwise(0)), sum(when(chosen.lt(rejected), 1)
        .otherwise(0))).first();
    // The length rule points the way the (noisy) labels lean: "the longer wins" on most corpora, "the shorter" on some.
    double direction = favour.getLong(0) >= favour.getLong(1) ? 1 : -1;
    String ensemble = config.stages().vote().ensemble();
    Dataset<Row> strength = audit.read(StrengthTable.CONTRACT, "vote")
        .filter(col(StrengthTable.ENSEMBLE_ID).equalTo(ensemble))
        .select(col(StrengthTable.PAIR_ID), col(StrengthTable.STRENGTH_MEAN));
    Dataset<Row> scored = train.join(strength, PairsTable.PAIR_ID, "left").select(
        when(col(PairsTable.META).getItem("flipped").equalTo("true"), 1.0).otherwise(0.0).as("flipped"),
        col(StrengthTable.STRENGTH_MEAN).multiply(-1).as("vote"),
        log(greatest(rejected, lit(1))).minus(log(greatest(chosen, lit(1)))).multiply(direction).as("length"),
        greatest(chosen, rejected).leq(least(chosen, rejected).multiply(MATCHED_RATIO)).as("matched")).cache();
    try {
      Dataset<Row> matched = scored.filter(col("matched"));
      return new Detection(ensemble, RocAuc.of(scored, "vote", "flipped"), RocAuc.of(matched, "vote", "flipped"),
          RocAuc.of(scored, "length", "flipped"), RocAuc.of(matched, "length", "flipped"), direction > 0);
    } finally {
      scored.unpersist();
    }
  }

  /** Per cleaning action over the training pairs: pairs, injected flips among them, precision and recall. */
  private static List<ActionScore> actions(Lakehouse audit, Dataset<Row> pairs, List<String> splits) {
    Dataset<Row> train = injectable(pairs, splits).select(col(PairsTable.PAIR_ID),
        col(PairsTable.META).getItem("flipped").equalTo("true").as("injected"));
    long injected = train.filter(col("injected")).count();
    List<Row> rows = audit.read(PairsCleanTable.CONTRACT, "clean").select(PairsCleanTable.PAIR_ID,
            PairsCleanTable.ACTION).join(train, PairsTable.PAIR_ID)
        .groupBy(PairsCleanTable.ACTION).agg(count(lit(1)), sum(when(col("injected"), 1).otherwise(0)))
        .orderBy(PairsCleanTable.ACTION).collectAsList();
    List<ActionScore> scores = new ArrayList<>();
    for (Row row : rows) {
      scores.add(new ActionScore(row.getString(0), row.getLong(1), row.getLong(2), injected));
    }
    return scores;
  }

  /**
   * Raw, cleaned and oracle ensembles on the held-out pairs, every member voting (none trained on them), against the
   * labels as they were before injection; accuracies and paired differences with bootstrap intervals.
   */
  private static HeldOut heldOut(SparkSession spark, Dataset<Row> pairs, AuditConfig config, List<String> splits,
      RunContext run) {
    Column truth = col(PairsTable.META).getItem("true_p_chosen").cast("double");
    Dataset<Row> test = pairs.filter(col(PairsTable.SPLIT).isin(splits.toArray()).unary_$bang()
            .and(truth.isNotNull()).and(truth.notEqual(0.5)))
        .withColumn(HeldOutScoring.TRUTH, truth.gt(0.5)).cache();
    try {
      List<String> ensembles = List.of(config.stages().train().ensembleId(), config.stages().retrain().ensembleId(),
          config.oracle().ensembleId());
      double[][] correct = HeldOutScoring.correctness(spark, config.auditLake(), ensembles, test, config.voteBatch(),
          run);
      Bootstrap bootstrap = new Bootstrap(config.resamples(), config.seed());
      return new HeldOut(ensembles, correct[0].length, bootstrap.mean(correct[0]), bootstrap.mean(correct[1]),
          bootstrap.mean(correct[2]), bootstrap.difference(correct[1], correct[0]),
          bootstrap.difference(correct[2], correct[0]));
    } finally {
      test.unpersist();
    }
  }

  private static Dataset<Row> injectable(Dataset<Row> pairs, List<String> splits) {
    return pairs.filter(FlipInjection.eligible(splits));
  }
}
