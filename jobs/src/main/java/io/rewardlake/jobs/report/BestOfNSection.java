package io.rewardlake.jobs.report;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.BestOfNTable;
import io.rewardlake.schemas.GoldCurveTable;
import io.rewardlake.schemas.RewardsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Best-of-N: the picks of each selection rule (from {@code best_of_n}) and, when the scored samples carried a gold
 * score ({@code gold_curve}, written by {@code reward}), the gold of each rule's pick as N grows, against a random
 * candidate, with intervals and the λ sweep.
 */
final class BestOfNSection {
  static final String ID = "best-of-n";
  static final String TITLE = "Conservative reward and best-of-N";

  private BestOfNSection() {}

  static Section build(Lakehouse lake, String ensemble) {
    if (!lake.exists(RewardsTable.CONTRACT) || !lake.exists(BestOfNTable.CONTRACT)) {
      return Section.missing(ID, TITLE, "No rewards table yet", "bin/rewardlake reward");
    }
    return new Section(ID, TITLE, picks(lake.read(BestOfNTable.CONTRACT, "reward")) + curve(lake, ensemble), true);
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

  /** The gold curve {@code reward} wrote for the ensemble: chart, numbers with intervals, and the λ sweep. */
  private static String curve(Lakehouse lake, String ensemble) {
    if (!lake.exists(GoldCurveTable.CONTRACT)) {
      return Html.note("The scored samples had no gold score (reward.gold): no best-of-N curve.");
    }
    List<Row> rows = lake.read(GoldCurveTable.CONTRACT, "reward")
        .filter(col(GoldCurveTable.ENSEMBLE_ID).equalTo(ensemble))
        .orderBy(GoldCurveTable.N, GoldCurveTable.SELECTION, GoldCurveTable.LAMBDA).collectAsList();
    if (rows.isEmpty()) {
      return Html.note("No gold curve for ensemble '" + ensemble + "': run bin/rewardlake reward --ensemble "
          + ensemble + " on samples with a gold column.");
    }
    Map<String, List<double[]>> series = new LinkedHashMap<>();
    Map<Integer, Map<String, String>> table = new java.util.TreeMap<>();
    List<List<String>> sweep = new ArrayList<>();
    String gold = rows.get(0).getAs(GoldCurveTable.GOLD_COLUMN);
    for (Row row : rows) {
      String selection = row.getAs(GoldCurveTable.SELECTION);
      int n = row.getAs(GoldCurveTable.N);
      String interval = Html.number(row.getAs(GoldCurveTable.GOLD), 4) + " [" + Html.number(row.getAs(
          GoldCurveTable.GOLD_LOW), 4) + ", " + Html.number(row.getAs(GoldCurveTable.GOLD_HIGH), 4) + "]";
      if (selection.equals(GoldCurveTable.SWEEP)) {
        sweep.add(List.of(Html.number(row.getAs(GoldCurveTable.LAMBDA), 2), String.valueOf(n), interval));
        continue;
      }
      String name = selection.equals(GoldCurveTable.RANDOM) ? "random candidate" : "best by " + selection;
      series.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {n, row.getAs(GoldCurveTable.GOLD)});
      table.computeIfAbsent(n, k -> new LinkedHashMap<>()).put(name, interval);
    }
    List<String> header = new ArrayList<>(List.of("N"));
    header.addAll(series.keySet());
    List<List<String>> values = new ArrayList<>();
    table.forEach((n, cells) -> {
      List<String> line = new ArrayList<>(List.of(String.valueOf(n)));
      series.keySet().forEach(name -> line.add(cells.getOrDefault(name, "–")));
      values.add(line);
    });
    return Html.image(Charts.lines("best-of-N: gold score of the pick", "N (candidates per prompt)",
        "mean gold (" + gold + ")", series, true), "best-of-N curves")
        + Html.table(header, values) + Html.note("Mean gold score of the picks over prompts with at least N"
        + " candidates, 95% bootstrap interval over prompts; identical columns mean the rules picked the same"
        + " candidates.")
        + Html.table(List.of("lambda (pick by mean - lambda std)", "N", "gold of the pick"), sweep);
  }
}
