package io.rewardlake.jobs.report;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.ModelsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Reward-model accuracy per ensemble (members' held-out metrics from {@code models}) and the calibration of the
 * vote: pairs binned by p_chosen (mean σ(d) of the voters) against how often chosen is really preferred — the
 * corpus's ground truth where it has one (meta.true_p_chosen), else the label.
 */
final class ModelsSection {
  static final String ID = "models";
  static final String TITLE = "Reward-model accuracy and calibration";
  static final List<String> METRICS = List.of("oof.accuracy", "test.accuracy", "oof_truth.accuracy",
      "test_truth.accuracy");
  private static final int BINS = 10;

  private ModelsSection() {}

  static Section build(Lakehouse lake, String ensemble) {
    if (!lake.exists(ModelsTable.CONTRACT)) {
      return Section.missing(ID, TITLE, "No models table yet", "bin/rewardlake train");
    }
    return new Section(ID, TITLE, accuracy(lake.read(ModelsTable.CONTRACT, "train")) + calibration(lake, ensemble),
        true);
  }

  private static String accuracy(Dataset<Row> models) {
    List<Column> means = new ArrayList<>();
    METRICS.forEach(metric -> means.add(avg(col(ModelsTable.METRICS).getItem(metric)).as(metric)));
    List<Row> rows = models.groupBy(ModelsTable.ENSEMBLE_ID).agg(count(lit(1)).as("members"),
        means.toArray(Column[]::new)).orderBy(ModelsTable.ENSEMBLE_ID).collectAsList();
    Map<String, Map<String, Double>> series = new LinkedHashMap<>();
    List<List<String>> table = new ArrayList<>();
    for (Row row : rows) {
      List<String> cells = new ArrayList<>(List.of(row.getString(0), Html.count(row.getLong(1))));
      for (int i = 0; i < METRICS.size(); i++) {
        double value = row.isNullAt(i + 2) ? Double.NaN : row.getDouble(i + 2);
        cells.add(Html.number(value, 3));
        if (!Double.isNaN(value)) {
          series.computeIfAbsent(METRICS.get(i), k -> new LinkedHashMap<>()).put(row.getString(0), value);
        }
      }
      table.add(cells);
    }
    List<String> header = new ArrayList<>(List.of("ensemble", "members"));
    header.addAll(METRICS.stream().map(m -> "mean member " + m).toList());
    return Html.table(header, table) + (series.isEmpty() ? "" : Html.image(Charts.bars(
        "held-out accuracy of the members (mean)", "ensemble", "accuracy", series), "accuracy by ensemble"));
  }

  private static String calibration(Lakehouse lake, String ensemble) {
    if (!lake.exists(StrengthTable.CONTRACT) || !lake.exists(PairsTable.CONTRACT)) {
      return Html.note("Calibration needs the strength table: run bin/rewardlake vote.");
    }
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest");
    Column observed = coalesce(pairs.col(PairsTable.META).getItem("true_p_chosen").cast("double"),
        pairs.col(PairsTable.LABEL_P));
    List<Row> bins = lake.read(StrengthTable.CONTRACT, "vote").filter(col(StrengthTable.ENSEMBLE_ID).equalTo(ensemble))
        .join(pairs.select(col(PairsTable.PAIR_ID), observed.as("observed")), StrengthTable.PAIR_ID)
        .filter(col("observed").isNotNull())
        .groupBy(least(floor(col(StrengthTable.P_CHOSEN).multiply(BINS)), lit(BINS - 1)).as("bin"))
        .agg(avg(col(StrengthTable.P_CHOSEN)), avg(col("observed")), count(lit(1))).orderBy("bin").collectAsList();
    if (bins.isEmpty()) {
      return Html.note("No strength rows for ensemble '" + ensemble + "': no calibration.");
    }
    Map<String, List<double[]>> series = new TreeMap<>();
    series.put("ensemble " + ensemble, bins.stream().map(r -> new double[] {r.getDouble(1), r.getDouble(2)}).toList());
    series.put("perfect calibration", List.of(new double[] {0, 0}, new double[] {1, 1}));
    return Html.image(Charts.lines("calibration of the vote", "predicted P(chosen) = mean sigmoid(d)",
        "observed P(chosen preferred)", series, false), "calibration curve") + Html.note("Observed: the corpus's true"
        + " preference probability where pairs.meta has true_p_chosen, else label_p; " + BINS + " bins of p_chosen.");
  }
}
