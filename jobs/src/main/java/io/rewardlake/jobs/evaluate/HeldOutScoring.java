package io.rewardlake.jobs.evaluate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.core.vote.VoteMode;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.vote.VoteConfig;
import io.rewardlake.jobs.vote.VoteJob;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import io.rewardlake.spark.vote.VotePartition;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Several ensembles on the same held-out pairs, every member voting (none trained on them): per ensemble and pair, 1
 * when the vote sides with the reference label, 0 when against it, ½ for an exact tie. The arrays are aligned by pair,
 * so differences between ensembles can be bootstrapped paired.
 */
final class HeldOutScoring {
  /** Column of the test rows: whether chosen is preferred according to the reference. */
  static final String TRUTH = "reference_prefers_chosen";

  /**
   * Most held-out pairs scored. Their correctness arrays go to the driver for the paired bootstrap, so a larger test
   * split is scored on a seeded sample of about this many pairs: at most 8 MB per ensemble on the driver, and a
   * 95% interval of about ±0.1 points on an accuracy.
   */
  static final long MAX_PAIRS = 1_000_000;

  private HeldOutScoring() {}

  /**
   * {@code test} itself when it has at most {@code max} rows, else a seeded Bernoulli sample of about {@code max}
   * (no limit on top: the same rows on every evaluation of the plan, so the ensembles' scores stay aligned).
   */
  static Dataset<Row> bounded(Dataset<Row> test, long max) {
    long pairs = test.count();
    if (pairs <= max) {
      return test;
    }
    Progress.say("evaluate", String.format(java.util.Locale.ROOT, "%,d held-out pairs: scoring a seeded sample of"
        + " about %,d (their results are bootstrapped on the driver)", pairs, max));
    return test.sample(false, (double) max / pairs, 42);
  }

  /** {@code test} has the pairs columns the vote needs and {@link #TRUTH}; returns [ensemble][pair]. */
  static double[][] correctness(SparkSession spark, String lake, List<String> ensembles, Dataset<Row> test,
      int batchSize, RunContext run) {
    test = bounded(test, MAX_PAIRS);
    Dataset<Row> joined = test.select(col(PairsTable.PAIR_ID), col(TRUTH));
    Dataset<Row> input = test.select(VotePartition.INPUT_COLUMNS.stream().map(test::col).toArray(Column[]::new));
    for (int i = 0; i < ensembles.size(); i++) {
      VoteConfig vote = new VoteConfig(lake, ensembles.get(i), VoteMode.ALL, batchSize, 0, true);
      Dataset<Row> strength = VoteJob.score(spark, vote, input, run);
      joined = joined.join(strength.select(col(StrengthTable.PAIR_ID), col(StrengthTable.STRENGTH_MEAN)
          .as("mean_" + i)), PairsTable.PAIR_ID).withColumn("correct_" + i, correct(col("mean_" + i)))
          .drop("mean_" + i);
    }
    Progress.say("evaluate", "scoring " + ensembles + " on the held-out pairs");
    List<Row> rows = joined.collectAsList();
    double[][] correct = new double[ensembles.size()][rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int i = 0; i < ensembles.size(); i++) {
        correct[i][r] = rows.get(r).getDouble(2 + i);
      }
    }
    return correct;
  }

  private static Column correct(Column strengthMean) {
    return when(strengthMean.equalTo(0), 0.5).when(strengthMean.gt(0).equalTo(col(TRUTH)), 1.0).otherwise(0.0);
  }
}
