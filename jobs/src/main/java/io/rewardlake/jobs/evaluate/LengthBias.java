package io.rewardlake.jobs.evaluate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.corr;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.covar_samp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.var_samp;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.clean.LengthDebias;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
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
 * {@code length-bias}: how much the labels and each ensemble's votes prefer the longer response, overall and per
 * source (or split, or a meta key such as a generator), into the {@code evaluations} table.
 *
 * <p>A pair's length ratio is x = ln(len(chosen) / len(rejected)) in characters. For the labels: the share of decided
 * pairs whose preferred response is the longer (pairs of equal length and ties left out; the accuracy of "pick the
 * longer response" against the labels), the mean P(longer preferred) (soft labels count as they are), and the
 * correlation of label_p with x. For an ensemble: the share of voted pairs its mean strength prefers the longer
 * response, and the correlation and least-squares slope of its mean strength (reward difference, chosen minus
 * rejected) on x. A slope of 1 means an answer e-times as long gains one unit of reward difference.
 */
public final class LengthBias {
  static final String EVALUATION = "length_bias";
  static final String LABELS = "labels";
  private static final String STAGE = "length-bias";
  private static final String GROUP = "_group";
  private static final String X = "_log_length_ratio";

  private LengthBias() {}

  /** One subject's figures in one group; NaN where undefined. */
  public record Figures(String subject, String group, long pairs, long decided, double longerPreferred,
                        double meanPLonger, double correlation, double slope) {}

  public static LengthBiasSummary run(SparkSession spark, LengthBiasConfig config, RunContext run) {
    Lakehouse lake = new Lakehouse(spark, config.lake());
    spark.sparkContext().setJobGroup(STAGE, "length-bias: labels and votes against length", false);
    try {
      Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest")
          .withColumn(X, LengthDebias.logLengthRatio());
      List<Figures> figures = new ArrayList<>(labels(pairs, config.by()));
      List<String> ensembles = ensembles(lake, config);
      Progress.say(STAGE, "labels and " + ensembles.size() + " ensemble(s) " + ensembles + ", by " + config.by());
      if (!ensembles.isEmpty()) {
        Dataset<Row> strength = lake.read(StrengthTable.CONTRACT, "vote")
            .filter(col(StrengthTable.ENSEMBLE_ID).isin(ensembles.toArray())
                .and(col(StrengthTable.VOTING_MEMBERS).gt(0)))
            .select(StrengthTable.ENSEMBLE_ID, StrengthTable.PAIR_ID, StrengthTable.STRENGTH_MEAN);
        figures.addAll(votes(pairs.join(strength, PairsTable.PAIR_ID), config.by()));
      }
      write(spark, config, figures, run);
      return new LengthBiasSummary(config.by(), figures);
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  private static List<String> ensembles(Lakehouse lake, LengthBiasConfig config) {
    if (!config.ensembles().isEmpty() || !lake.exists(StrengthTable.CONTRACT)) {
      return config.ensembles();
    }
    // one row per ensemble: safe to collect
    return lake.read(StrengthTable.CONTRACT, "vote").select(StrengthTable.ENSEMBLE_ID).distinct().collectAsList()
        .stream().map(row -> row.getString(0)).sorted().toList();
  }

  private static List<Figures> labels(Dataset<Row> pairs, String by) {
    Column p = col(PairsTable.LABEL_P);
    Column decided = p.isNotNull().and(p.notEqual(0.5)).and(col(X).notEqual(0));
    Column longerWins = p.gt(0.5).equalTo(col(X).gt(0));
    Column pLonger = when(col(X).gt(0), p).when(col(X).lt(0), lit(1.0).minus(p));
    Dataset<Row> labelled = pairs.filter(p.isNotNull());
    return collect(grouped(labelled, by).agg(count(lit(1)), count(when(decided, 1)),
        avg(when(decided, when(longerWins, 1.0).otherwise(0.0))), avg(pLonger), corr(col(X), p), lit(Double.NaN)),
        LABELS, false);
  }

  private static List<Figures> votes(Dataset<Row> voted, String by) {
    Column y = col(StrengthTable.STRENGTH_MEAN);
    Column decided = y.notEqual(0).and(col(X).notEqual(0));
    Column longerWins = y.gt(0).equalTo(col(X).gt(0));
    return collect(grouped(voted, by).agg(count(lit(1)), count(when(decided, 1)),
        avg(when(decided, when(longerWins, 1.0).otherwise(0.0))), lit(Double.NaN), corr(col(X), y),
        covar_samp(col(X), y).divide(var_samp(col(X)))), null, true);
  }

  /** Grouped by the breakdown and once more as "all" (by ensemble too when the rows carry one). */
  private static org.apache.spark.sql.RelationalGroupedDataset grouped(Dataset<Row> rows, String by) {
    Column group = by.startsWith("meta:") ? col(PairsTable.META).getItem(by.substring(5)) : col(by);
    Dataset<Row> both = rows.withColumn(GROUP, coalesce(group.cast("string"), lit("(none)")))
        .unionByName(rows.withColumn(GROUP, lit("all")));
    return java.util.Arrays.asList(rows.columns()).contains(StrengthTable.ENSEMBLE_ID)
        ? both.groupBy(col(StrengthTable.ENSEMBLE_ID), col(GROUP)) : both.groupBy(col(GROUP));
  }

  /** At most (ensembles + 1) × (groups + 1) rows: collected. */
  private static List<Figures> collect(Dataset<Row> aggregated, String subject, boolean perEnsemble) {
    List<Figures> figures = new ArrayList<>();
    for (Row row : aggregated.collectAsList()) {
      int at = perEnsemble ? 1 : 0;
      figures.add(new Figures(perEnsemble ? row.getString(0) : subject, row.getString(at), row.getLong(at + 1),
          row.getLong(at + 2), number(row, at + 3), number(row, at + 4), number(row, at + 5), number(row, at + 6)));
    }
    figures.sort(java.util.Comparator.comparing(Figures::subject)
        .thenComparing(f -> f.group().equals("all") ? "" : f.group()));
    return figures;
  }

  private static double number(Row row, int at) {
    return row.isNullAt(at) ? Double.NaN : ((Number) row.get(at)).doubleValue();
  }

  private static void write(SparkSession spark, LengthBiasConfig config, List<Figures> figures, RunContext run) {
    Map<String, EvaluationRows> bySubject = new java.util.TreeMap<>();
    for (Figures f : figures) {
      EvaluationRows rows = bySubject.computeIfAbsent(f.subject(), subject ->
          new EvaluationRows(EVALUATION, subject, Map.of("by", config.by())));
      String population = f.group().equals("all") ? "all" : config.by();
      rows.add("longer_preferred", f.group(), population, f.longerPreferred(), f.decided());
      if (f.subject().equals(LABELS)) {
        rows.add("mean_p_longer", f.group(), population, f.meanPLonger(), f.pairs());
      } else {
        rows.add("length_slope", f.group(), population, f.slope(), f.pairs());
      }
      rows.add("length_correlation", f.group(), population, f.correlation(), f.pairs());
    }
    bySubject.values().forEach(rows -> rows.write(spark, config.lake(), run));
  }
}
