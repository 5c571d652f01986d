package io.rewardlake.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What cleaning did and why: pairs per action, and per action the kinds of reason. A reason carries the pair's own
 * numbers ("mean strength -1.31 &lt; flip threshold -0.82 (q0.15)"), so reasons are grouped by their wording with
 * the numbers masked as '#', and one example is shown per kind.
 */
final class CleaningSection {
  static final String ID = "cleaning";
  static final String TITLE = "Cleaning actions";
  private static final int REASON_KINDS = 15;

  private CleaningSection() {}

  static Section build(Lakehouse lake, String ensemble) {
    if (!lake.exists(PairsCleanTable.CONTRACT)) {
      return Section.missing(ID, TITLE, "No pairs_clean table yet", "bin/rewardlake clean");
    }
    Dataset<Row> clean = lake.read(PairsCleanTable.CONTRACT, "clean");
    List<Row> actions = clean.groupBy(PairsCleanTable.ACTION).agg(count(lit(1)).as("n"))
        .orderBy(col("n").desc()).collectAsList();
    Map<String, Double> byAction = new LinkedHashMap<>();
    actions.forEach(row -> byAction.put(row.getString(0), (double) row.getLong(1)));
    return new Section(ID, TITLE, Html.image(Charts.bars("pairs by cleaning action", "action", "pairs",
        Map.of("pairs", byAction)), "pairs by cleaning action") + reasons(clean)
        + (lake.exists(PairsTable.CONTRACT) ? CleaningEffect.build(lake, clean, ensemble) : ""), true);
  }

  private static String reasons(Dataset<Row> clean) {
    List<List<String>> rows = clean
        .withColumn("kind", regexp_replace(col(PairsCleanTable.REASON), "-?[0-9]+(\\.[0-9]+)?(e-?[0-9]+)?", "#"))
        .groupBy(col(PairsCleanTable.ACTION), col("kind"))
        .agg(count(lit(1)).as("n"), first(col(PairsCleanTable.REASON)).as("example"))
        .orderBy(col("n").desc()).limit(REASON_KINDS).collectAsList().stream()
        .map(row -> List.of(row.getString(0), Html.count(row.getLong(2)), row.getString(3))).toList();
    return Html.table(List.of("action", "pairs", "example reason"), rows)
        + Html.note("Reasons grouped by wording (numbers masked); the " + REASON_KINDS + " most frequent kinds.");
  }
}
