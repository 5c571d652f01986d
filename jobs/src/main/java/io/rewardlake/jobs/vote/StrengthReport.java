package io.rewardlake.jobs.vote;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Summary statistics of one ensemble's {@code strength} rows, joined with {@code pairs} for ground truth where the
 * corpus has it ({@code meta['true_p_chosen']}, {@code meta['flipped']}, as the synthetic corpus writes them).
 * Everything is computed by Spark aggregations and approximate quantiles, so it scales with the table.
 */
public final class StrengthReport {
  static final int HISTOGRAM_BINS = 20;
  private static final double QUANTILE_ERROR = 1e-4;
  private static final String TRUTH = "truth_p";
  private static final String FLIPPED = "was_flipped";

  private StrengthReport() {}

  /** The distribution of the strength rows, with truth from the pairs they were voted on. */
  public static StrengthDistribution of(Dataset<Row> strength, Dataset<Row> pairs) {
    Dataset<Row> rows = withTruth(strength, pairs).cache();
    try {
      Row totals = rows.agg(count(lit(1)), sum(when(col(StrengthTable.OUT_OF_FOLD), 1).otherwise(0)),
          avg(col(StrengthTable.VOTING_MEMBERS)), avg(when(col(StrengthTable.STRENGTH_MEAN).lt(0), 1.0).otherwise(0.0)),
          avg(when(col(StrengthTable.VOTES_FOR_CHOSEN).multiply(2).lt(col(StrengthTable.VOTING_MEMBERS)), 1.0)
              .otherwise(0.0)), avg(col(StrengthTable.STRENGTH_STD))).first();
      long pairsVoted = totals.getLong(0);
      if (pairsVoted == 0) {
        return StrengthDistribution.empty();
      }
      double[] cuts = rows.stat().approxQuantile(StrengthTable.STRENGTH_MEAN,
          new double[] {0.01, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99}, QUANTILE_ERROR);
      return new StrengthDistribution(pairsVoted, totals.getLong(1), totals.getDouble(2), totals.getDouble(3),
          totals.getDouble(4), totals.getDouble(5), cuts[5], deciles(rows, cuts, pairsVoted),
          histogram(rows, cuts[0], cuts[10]), flipDetection(rows));
    } finally {
      rows.unpersist();
    }
  }

  private static Dataset<Row> withTruth(Dataset<Row> strength, Dataset<Row> pairs) {
    Column meta = pairs.col(PairsTable.META);
    Dataset<Row> truth = pairs.select(pairs.col(PairsTable.PAIR_ID).as("truth_pair_id"),
        meta.getItem("true_p_chosen").cast("double").as(TRUTH), meta.getItem("flipped").as(FLIPPED));
    return strength.join(truth, strength.col(StrengthTable.PAIR_ID).equalTo(col("truth_pair_id")), "left");
  }

  private static List<Decile> deciles(Dataset<Row> rows, double[] cuts, long total) {
    Column decile = lit(1);
    for (int k = 1; k <= 9; k++) {
      decile = decile.plus(when(col(StrengthTable.STRENGTH_MEAN).gt(cuts[k]), 1).otherwise(0));
    }
    Column agreement = when(col(TRUTH).isNull().or(col(TRUTH).equalTo(0.5)), lit(null))
        .otherwise(when(col(TRUTH).gt(0.5), 1.0).otherwise(0.0));
    Column flipped = when(col(FLIPPED).isNull(), lit(null)).otherwise(when(col(FLIPPED).equalTo("true"), 1.0)
        .otherwise(0.0));
    List<Row> grouped = rows.groupBy(decile.as("decile")).agg(count(lit(1)), avg(col(StrengthTable.STRENGTH_MEAN)),
        avg(col(StrengthTable.STRENGTH_STD)),
        avg(col(StrengthTable.VOTES_FOR_CHOSEN).divide(col(StrengthTable.VOTING_MEMBERS))), avg(agreement),
        avg(flipped)).orderBy("decile").collectAsList();
    List<Decile> out = new ArrayList<>();
    for (Row row : grouped) {
      out.add(new Decile(row.getInt(0), row.getLong(1), row.getLong(1) / (double) total, row.getDouble(2),
          row.getDouble(3), row.getDouble(4), orNaN(row, 5), orNaN(row, 6)));
    }
    return out;
  }

  private static StrengthDistribution.Histogram histogram(Dataset<Row> rows, double low, double high) {
    double width = high > low ? (high - low) / HISTOGRAM_BINS : 1.0;
    Column bin = least(lit(HISTOGRAM_BINS - 1), greatest(lit(0),
        floor(col(StrengthTable.STRENGTH_MEAN).minus(low).divide(width)).cast("int")));
    long[] counts = new long[HISTOGRAM_BINS];
    for (Row row : rows.groupBy(bin.as("bin")).count().collectAsList()) {
      counts[row.getInt(0)] = row.getLong(1);
    }
    return new StrengthDistribution.Histogram(low, width, counts);
  }

  /** Flip detection of the strength rows against {@code meta['flipped']} of their pairs; null without that truth. */
  public static FlipDetection flipDetection(Dataset<Row> strength, Dataset<Row> pairs) {
    return flipDetection(withTruth(strength, pairs));
  }

  private static FlipDetection flipDetection(Dataset<Row> rows) {
    RocAuc.Result roc = RocAuc.of(rows.filter(col(FLIPPED).isNotNull())
        .select(col(StrengthTable.STRENGTH_MEAN).multiply(-1).as("score"),
            when(col(FLIPPED).equalTo("true"), 1.0).otherwise(0.0).as("label")), "score", "label");
    return Double.isNaN(roc.auc()) ? null : new FlipDetection(roc.items(), roc.positives(), roc.auc());
  }

  private static double orNaN(Row row, int index) {
    return row.isNullAt(index) ? Double.NaN : row.getDouble(index);
  }
}
