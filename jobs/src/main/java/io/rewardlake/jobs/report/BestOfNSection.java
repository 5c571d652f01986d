package io.rewardlake.jobs.report;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.rewardlake.core.reward.SelectionRule;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.reward.OverOptimisation;
import io.rewardlake.jobs.reward.RewardInput;
import io.rewardlake.schemas.BestOfNTable;
import io.rewardlake.schemas.RewardsTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Best-of-N: the picks of each selection rule (from {@code best_of_n}) and, when the scored samples' true quality
 * is known (the synthetic candidates, {@code <lake>/raw/synth_candidates.jsonl}), the over-optimisation curve: the
 * true quality of each rule's pick as N grows, against a random candidate.
 */
final class BestOfNSection {
  static final String ID = "best-of-n";
  static final String TITLE = "Conservative reward and best-of-N";
  static final String CANDIDATES = "raw/synth_candidates.jsonl";

  private BestOfNSection() {}

  static Section build(SparkSession spark, Lakehouse lake) {
    if (!lake.exists(RewardsTable.CONTRACT) || !lake.exists(BestOfNTable.CONTRACT)) {
      return Section.missing(ID, TITLE, "No rewards table yet", "bin/rewardlake reward");
    }
    return new Section(ID, TITLE, picks(lake.read(BestOfNTable.CONTRACT, "reward")) + curve(spark, lake), true);
  }

  private static String picks(Dataset<Row> bestOfN) {
    List<List<String>> rows = bestOfN.groupBy(BestOfNTable.ENSEMBLE_ID, BestOfNTable.RULE)
        .agg(count(lit(1)), avg(BestOfNTable.CANDIDATES), avg(BestOfNTable.REWARD_MEAN), avg(BestOfNTable.REWARD_STD),
            avg(BestOfNTable.REWARD_LCB))
        .orderBy(BestOfNTable.ENSEMBLE_ID, BestOfNTable.RULE).collectAsList().stream()
        .map(r -> List.of(r.getString(0) + " / " + r.getString(1), Html.count(r.getLong(2)),
            Html.number(r.getDouble(3), 1), Html.number(r.getDouble(4), 3), Html.number(r.getDouble(5), 3),
            Html.number(r.getDouble(6), 3)))
        .toList();
    return Html.table(List.of("ensemble / rule", "prompts", "mean N", "pick's reward mean", "pick's reward std",
        "pick's mean - lambda std"), rows)
        + Html.note("Compare the std of the picks: the conservative rules (lcb, min) prefer responses the members"
        + " agree on.");
  }

  private static String curve(SparkSession spark, Lakehouse lake) {
    String candidates = lake.root() + "/" + CANDIDATES;
    if (!exists(spark, candidates)) {
      return Html.note("No ground-truth quality for the scored samples (" + CANDIDATES + "): no best-of-N curve.");
    }
    Dataset<Row> quality = RewardInput.read(spark, candidates).select("sample_id", "quality");
    List<OverOptimisation.Point> points = OverOptimisation.curve(lake.read(RewardsTable.CONTRACT, "reward")
        .join(quality, RewardsTable.SAMPLE_ID));
    if (points.isEmpty()) {
      return Html.note("The scored samples carry no quality: no best-of-N curve.");
    }
    Map<String, List<double[]>> series = series(points);
    return Html.image(Charts.lines("best-of-N: true quality of the pick", "N (candidates per prompt)",
        "mean true quality", series, true), "best-of-N curves") + values(series);
  }

  /** The curves' numbers: lines that coincide on the chart (the same pick) are told apart here. */
  private static String values(Map<String, List<double[]>> series) {
    List<String> header = new ArrayList<>(List.of("N"));
    header.addAll(series.keySet());
    List<List<String>> rows = new ArrayList<>();
    int points = series.values().iterator().next().size();
    for (int i = 0; i < points; i++) {
      int row = i;
      List<String> cells = new ArrayList<>(List.of(Html.number(series.values().iterator().next().get(i)[0], 0)));
      series.values().forEach(line -> cells.add(Html.number(line.get(row)[1], 3)));
      rows.add(cells);
    }
    return Html.table(header, rows) + Html.note("Mean true quality of the pick per N; identical columns mean the"
        + " rules picked the same candidates.");
  }

  private static Map<String, List<double[]>> series(List<OverOptimisation.Point> points) {
    Map<String, List<double[]>> series = new LinkedHashMap<>();
    series.put("random candidate", points.stream().map(p -> new double[] {p.n(), p.random()}).toList());
    SelectionRule[] rules = SelectionRule.values();
    for (int r = 0; r < rules.length; r++) {
      List<double[]> line = new ArrayList<>();
      for (OverOptimisation.Point p : points) {
        line.add(new double[] {p.n(), p.byRule()[r]});
      }
      series.put("best by " + rules[r].id(), line);
    }
    return series;
  }

  private static boolean exists(SparkSession spark, String path) {
    try {
      Path file = new Path(path);
      return file.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(file);
    } catch (IOException e) {
      return false;
    }
  }
}
