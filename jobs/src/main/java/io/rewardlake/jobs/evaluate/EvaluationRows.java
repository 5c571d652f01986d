package io.rewardlake.jobs.evaluate;

import io.rewardlake.core.stats.Interval;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.EvaluationsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * One evaluation's results as {@link EvaluationsTable} rows, built on the driver (a few dozen), and their write into
 * the evaluated lake, replacing that evaluation's earlier rows for the same ensemble.
 */
final class EvaluationRows {
  /** One measured value; NaN values become nulls. */
  record Result(String measure, String subject, String population, double value, Double low, Double high,
      long items) {}

  private final String evaluation;
  private final String ensemble;
  private final Map<String, String> settings;
  private final List<Result> results = new ArrayList<>();

  EvaluationRows(String evaluation, String ensemble, Map<String, String> settings) {
    this.evaluation = evaluation;
    this.ensemble = ensemble;
    this.settings = new TreeMap<>(settings);
  }

  EvaluationRows add(String measure, String subject, String population, double value, long items) {
    results.add(new Result(measure, subject, population, value, null, null, items));
    return this;
  }

  EvaluationRows add(String measure, String subject, String population, Interval interval, long items) {
    results.add(new Result(measure, subject, population, interval.estimate(), interval.low(), interval.high(),
        items));
    return this;
  }

  List<Result> results() {
    return List.copyOf(results);
  }

  /** Replaces this evaluation's rows for the ensemble in {@code lake}'s evaluations table, in one commit. */
  void write(SparkSession spark, String lake, RunContext run) {
    List<Row> rows = results.stream().map(r -> RowFactory.create(evaluation, ensemble, r.measure(), r.subject(),
        r.population(), orNull(r.value()), r.low(), r.high(), r.items(), settings, run.runId())).toList();
    Lakehouse target = new Lakehouse(spark, lake);
    String predicate = EvaluationsTable.EVALUATION + " = '" + evaluation + "' AND " + EvaluationsTable.ENSEMBLE_ID
        + " = '" + ensemble.replace("'", "''") + "'";
    target.replaceWhere(EvaluationsTable.CONTRACT, spark.createDataFrame(rows, EvaluationsTable.SCHEMA), predicate,
        new Lineage(run, List.of(), Map.of()));
  }

  private static Double orNull(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
