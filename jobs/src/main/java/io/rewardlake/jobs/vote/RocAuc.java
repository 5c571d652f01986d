package io.rewardlake.jobs.vote;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.mllib.evaluation.BinaryClassificationMetrics;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/** ROC-AUC of a score column for a 0/1 label column, computed by Spark MLlib over the whole dataset. */
public final class RocAuc {
  private RocAuc() {}

  /** AUC with the counts behind it. */
  public record Result(long items, long positives, double auc) {}

  /** The AUC of {@code score} for {@code label} (1.0 / 0.0); NaN when either class is empty. */
  public static Result of(Dataset<Row> rows, String score, String label) {
    Dataset<Row> known = rows.filter(col(score).isNotNull().and(col(label).isNotNull()))
        .select(col(score).cast("double"), col(label).cast("double"));
    Row counts = known.agg(count(lit(1)), sum(col(label))).first();
    long items = counts.getLong(0);
    long positives = counts.isNullAt(1) ? 0 : Math.round(counts.getDouble(1));
    if (positives == 0 || positives == items) {
      return new Result(items, positives, Double.NaN);
    }
    JavaRDD<Tuple2<Object, Object>> scored = known.javaRDD().map(row -> new Tuple2<>(row.getDouble(0),
        row.getDouble(1)));
    BinaryClassificationMetrics metrics = new BinaryClassificationMetrics(scored.rdd(), 0);
    try {
      return new Result(items, positives, metrics.areaUnderROC());
    } finally {
      metrics.unpersist();
    }
  }
}
