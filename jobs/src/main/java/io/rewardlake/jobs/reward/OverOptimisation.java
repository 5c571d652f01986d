package io.rewardlake.jobs.reward;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.xxhash64;

import io.rewardlake.core.reward.SelectionRule;
import io.rewardlake.schemas.RewardsTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The over-optimisation experiment: for N = 1, 2, 4, … candidates per prompt (a fixed random order of each prompt's
 * candidates, by a hash of the sample id, takes the first N), pick best-of-N by each rule and average the picks'
 * true quality over the prompts that have at least N candidates. Optimising harder against a proxy (larger N) helps
 * less, or hurts, when the proxy is wrong where it is most confident; a conservative rule should degrade less.
 */
public final class OverOptimisation {
  private OverOptimisation() {}

  /** One N: prompts used, average true quality of a random candidate and of each rule's pick. */
  public record Point(int n, long prompts, double random, double[] byRule) {}

  /** Empty when the samples carry no quality. */
  public static List<Point> curve(Dataset<Row> scored) {
    Dataset<Row> known = scored.filter(col("quality").isNotNull().and(col(RewardsTable.PROMPT_ID).isNotNull()));
    WindowSpec byPrompt = Window.partitionBy(RewardsTable.PROMPT_ID);
    Dataset<Row> ordered = known
        .withColumn("order", row_number().over(byPrompt.orderBy(xxhash64(col(RewardsTable.SAMPLE_ID)),
            col(RewardsTable.SAMPLE_ID))))
        .withColumn("available", count(lit(1)).over(byPrompt)).cache();
    try {
      Row largest = ordered.agg(max(col("available"))).first();
      if (largest.isNullAt(0)) {
        return List.of();
      }
      List<Point> points = new ArrayList<>();
      for (int n = 1; n <= largest.getLong(0); n *= 2) {
        points.add(point(ordered, n));
      }
      return points;
    } finally {
      ordered.unpersist();
    }
  }

  private static Point point(Dataset<Row> ordered, int n) {
    Dataset<Row> firstN = ordered.filter(col("available").geq(n).and(col("order").leq(n)));
    Row baseline = firstN.agg(avg(col("quality")), org.apache.spark.sql.functions.countDistinct(
        col(RewardsTable.PROMPT_ID))).first();
    SelectionRule[] rules = SelectionRule.values();
    double[] byRule = new double[rules.length];
    for (int r = 0; r < rules.length; r++) {
      byRule[r] = RewardJob.pick(firstN, rules[r], Window.partitionBy(RewardsTable.PROMPT_ID))
          .agg(avg(col("quality"))).first().getDouble(0);
    }
    return new Point(n, baseline.getLong(1), baseline.getDouble(0), byRule);
  }
}
