package io.rewardlake.jobs.reward;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.xxhash64;

import io.rewardlake.core.reward.SelectionRule;
import io.rewardlake.core.stats.Bootstrap;
import io.rewardlake.core.stats.Interval;
import io.rewardlake.schemas.RewardsTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Best-of-N against a gold score the proxy never saw: for N = 1, 2, 4, … candidates per prompt (a fixed random
 * order of each prompt's candidates, by a hash of the sample id, takes the first N), pick best-of-N by each rule and
 * average the picks' gold over the prompts that have at least N candidates, with 95% bootstrap intervals over
 * prompts and the paired difference lcb − mean. At the largest N, a λ sweep: picks by mean − λ·std for several λ.
 * Optimising harder against a proxy (larger N) helps less, or hurts, where the proxy is wrong while confident; a
 * conservative rule should degrade less.
 */
public final class OverOptimisation {
  /** λ values of the sweep; 0 is the mean rule. */
  static final List<Double> LAMBDAS = List.of(0.0, 0.5, 1.0, 2.0, 4.0, 8.0);
  /** Prompts the curve uses at most (a hash-chosen subset beyond), so the driver holds a few numbers per prompt. */
  static final long MAX_PROMPTS = 100_000;
  private static final String GOLD = "quality";

  private OverOptimisation() {}

  /** One N: prompts used, gold of a random candidate, of each rule's pick, and lcb − mean, with intervals. */
  public record Point(int n, long prompts, Interval random, Interval[] byRule, Interval lcbMinusMean) {}

  /** The λ sweep at one N: gold of the mean − λ·std pick and its paired difference to the mean pick. */
  public record Sweep(int n, List<Double> lambdas, List<Interval> gold, List<Interval> minusMean) {}

  /** Empty points (and a null sweep) when the samples carry no gold. */
  public record Curve(List<Point> points, Sweep sweep) {
    public boolean isEmpty() {
      return points.isEmpty();
    }
  }

  public static Curve curve(Dataset<Row> scored, int resamples, long seed) {
    Dataset<Row> known = scored.filter(col(GOLD).isNotNull().and(col(RewardsTable.PROMPT_ID).isNotNull()));
    long prompts = known.agg(countDistinct(col(RewardsTable.PROMPT_ID))).first().getLong(0);
    if (prompts > MAX_PROMPTS) {
      long buckets = (prompts + MAX_PROMPTS - 1) / MAX_PROMPTS;
      known = known.filter(pmod(xxhash64(col(RewardsTable.PROMPT_ID)), lit(buckets)).equalTo(0));
    }
    WindowSpec byPrompt = Window.partitionBy(RewardsTable.PROMPT_ID);
    Dataset<Row> ordered = known
        .withColumn("order", row_number().over(byPrompt.orderBy(xxhash64(col(RewardsTable.SAMPLE_ID)),
            col(RewardsTable.SAMPLE_ID))))
        .withColumn("available", count(lit(1)).over(byPrompt)).cache();
    try {
      Row largest = ordered.agg(max(col("available"))).first();
      if (largest.isNullAt(0)) {
        return new Curve(List.of(), null);
      }
      Bootstrap bootstrap = new Bootstrap(resamples, seed);
      List<Point> points = new ArrayList<>();
      int n = 1;
      for (; n <= largest.getLong(0); n *= 2) {
        points.add(point(ordered, n, bootstrap));
      }
      return new Curve(points, sweep(ordered, n / 2, bootstrap));
    } finally {
      ordered.unpersist();
    }
  }

  private static Point point(Dataset<Row> ordered, int n, Bootstrap bootstrap) {
    Dataset<Row> firstN = ordered.filter(col("available").geq(n).and(col("order").leq(n)));
    List<String> keys = new ArrayList<>(List.of("random"));
    Dataset<Row> rows = firstN.groupBy(RewardsTable.PROMPT_ID).agg(avg(col(GOLD)).as(GOLD))
        .withColumn("key", lit("random"));
    for (SelectionRule rule : SelectionRule.values()) {
      rows = rows.unionByName(picked(firstN, col(RewardJob.scoreColumn(rule)), rule.id()));
      keys.add(rule.id());
    }
    Map<String, double[]> gold = aligned(rows, keys);
    Interval[] byRule = new Interval[SelectionRule.values().length];
    for (int r = 0; r < byRule.length; r++) {
      byRule[r] = bootstrap.mean(gold.get(SelectionRule.values()[r].id()));
    }
    return new Point(n, gold.get("random").length, bootstrap.mean(gold.get("random")), byRule,
        bootstrap.difference(gold.get(SelectionRule.LCB.id()), gold.get(SelectionRule.MEAN.id())));
  }

  private static Sweep sweep(Dataset<Row> ordered, int n, Bootstrap bootstrap) {
    Dataset<Row> firstN = ordered.filter(col("available").geq(n).and(col("order").leq(n)));
    Dataset<Row> rows = null;
    List<String> keys = new ArrayList<>();
    for (double lambda : LAMBDAS) {
      String key = "lambda " + lambda;
      Column score = col(RewardsTable.REWARD_MEAN).minus(col(RewardsTable.REWARD_STD).multiply(lambda));
      Dataset<Row> picks = picked(firstN, score, key);
      rows = rows == null ? picks : rows.unionByName(picks);
      keys.add(key);
    }
    Map<String, double[]> gold = aligned(rows, keys);
    List<Interval> means = new ArrayList<>();
    List<Interval> differences = new ArrayList<>();
    for (String key : keys) {
      means.add(bootstrap.mean(gold.get(key)));
      differences.add(bootstrap.difference(gold.get(key), gold.get(keys.get(0))));
    }
    return new Sweep(n, LAMBDAS, means, differences);
  }

  /** Per prompt, the gold of the candidate with the highest score (ties: smallest sample id), tagged with key. */
  private static Dataset<Row> picked(Dataset<Row> candidates, Column score, String key) {
    return RewardJob.top(candidates, score, Window.partitionBy(RewardsTable.PROMPT_ID))
        .select(col(RewardsTable.PROMPT_ID), col(GOLD), lit(key).as("key"));
  }

  /** Collects (prompt, key, gold) rows into one array per key, every array in the same prompt order. */
  private static Map<String, double[]> aligned(Dataset<Row> rows, List<String> keys) {
    List<Row> collected = rows.collectAsList();
    Map<String, Integer> promptIndex = new HashMap<>();
    for (Row row : collected) {
      promptIndex.putIfAbsent(row.getString(0), promptIndex.size());
    }
    Map<String, double[]> gold = new HashMap<>();
    keys.forEach(key -> gold.put(key, new double[promptIndex.size()]));
    for (Row row : collected) {
      gold.get(row.getString(2))[promptIndex.get(row.getString(0))] = row.getDouble(1);
    }
    return gold;
  }
}
