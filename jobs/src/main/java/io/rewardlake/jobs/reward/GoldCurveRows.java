package io.rewardlake.jobs.reward;

import io.rewardlake.core.reward.SelectionRule;
import io.rewardlake.core.stats.Interval;
import io.rewardlake.schemas.GoldCurveTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** The gold curve as {@link GoldCurveTable} rows: a few dozen, built on the driver. */
final class GoldCurveRows {
  private GoldCurveRows() {}

  static Dataset<Row> of(SparkSession spark, OverOptimisation.Curve curve, String ensembleId, double lambda,
      String goldColumn, String runId) {
    List<Row> rows = new ArrayList<>();
    for (OverOptimisation.Point p : curve.points()) {
      rows.add(row(ensembleId, p.n(), GoldCurveTable.RANDOM, null, p.prompts(), p.random(), goldColumn, runId));
      SelectionRule[] rules = SelectionRule.values();
      for (int r = 0; r < rules.length; r++) {
        rows.add(row(ensembleId, p.n(), rules[r].id(), rules[r] == SelectionRule.LCB ? lambda : null, p.prompts(),
            p.byRule()[r], goldColumn, runId));
      }
    }
    OverOptimisation.Sweep sweep = curve.sweep();
    long prompts = curve.points().stream().filter(p -> p.n() == sweep.n()).findFirst().orElseThrow().prompts();
    for (int i = 0; i < sweep.lambdas().size(); i++) {
      rows.add(row(ensembleId, sweep.n(), GoldCurveTable.SWEEP, sweep.lambdas().get(i), prompts, sweep.gold().get(i),
          goldColumn, runId));
    }
    return spark.createDataFrame(rows, GoldCurveTable.SCHEMA);
  }

  private static Row row(String ensembleId, int n, String selection, Double lambda, long prompts, Interval gold,
      String goldColumn, String runId) {
    return RowFactory.create(ensembleId, n, selection, lambda, prompts, gold.estimate(), gold.low(), gold.high(),
        goldColumn, runId);
  }
}
