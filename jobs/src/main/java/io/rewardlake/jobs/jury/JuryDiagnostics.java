package io.rewardlake.jobs.jury;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.signum;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.JuryTable;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How the judges behave, from their ok labels: each judge's position bias (among pairs judged in both orders, the
 * share where it preferred whichever response it was shown first, and second), and the agreement of every two judges
 * (on the pairs both labelled, the share where their soft labels fall on the same side of 0.5).
 */
record JuryDiagnostics(List<JudgeBias> biases, List<Agreement> agreements) {

  /**
   * @param bothOrders pairs judged in both presentation orders
   * @param firstShown share of those where the first response shown won both times
   * @param secondShown share where the second shown won both times
   */
  record JudgeBias(String judge, long pairs, long bothOrders, double firstShown, double secondShown) {}

  record Agreement(String first, String second, long shared, double agree) {}

  /** Over all of a jury's pairs. */
  record Verdicts(long pairs, double meanJudges, double meanAgreement, long unanimous) {}

  static JuryDiagnostics of(Dataset<Row> labels, List<String> judges) {
    List<JudgeBias> biases = labels.groupBy(JuryJob.JUDGE).agg(count("*"),
            count_if(col(AiLabelsTable.P_A_AB).isNotNull().and(col(AiLabelsTable.P_A_BA).isNotNull())),
            // p_a_ab and p_a_ba are both P(the response shown first is better), in the orders (A, B) and (B, A)
            count_if(col(AiLabelsTable.P_A_AB).gt(0.5).and(col(AiLabelsTable.P_A_BA).gt(0.5))),
            count_if(col(AiLabelsTable.P_A_AB).lt(0.5).and(col(AiLabelsTable.P_A_BA).lt(0.5))))
        .collectAsList().stream().map(row -> new JudgeBias(row.getString(0), row.getLong(1), row.getLong(2),
            share(row.getLong(3), row.getLong(2)), share(row.getLong(4), row.getLong(2))))
        .sorted(java.util.Comparator.comparing(JudgeBias::judge)).toList();
    Dataset<Row> sides = labels.select(col(AiLabelsTable.PAIR_ID), col(JuryJob.JUDGE),
        signum(col(AiLabelsTable.P_A).minus(0.5)).as("side"));
    Dataset<Row> a = sides.toDF("pair_a", "judge_a", "side_a");
    Dataset<Row> b = sides.toDF("pair_b", "judge_b", "side_b");
    List<Agreement> agreements = a.join(b, col("pair_a").equalTo(col("pair_b"))
            .and(col("judge_a").lt(col("judge_b"))))
        .groupBy("judge_a", "judge_b")
        .agg(count("*"), avg(when(col("side_a").equalTo(col("side_b")), 1.0).otherwise(0.0)))
        .collectAsList().stream().map(row -> new Agreement(row.getString(0), row.getString(1), row.getLong(2),
            row.getDouble(3)))
        .sorted(java.util.Comparator.comparing(Agreement::first).thenComparing(Agreement::second)).toList();
    return new JuryDiagnostics(biases, agreements);
  }

  static Verdicts verdicts(Dataset<Row> combined) {
    Row row = combined.agg(count("*"), avg(org.apache.spark.sql.functions.size(col(JuryTable.JUDGES))),
        avg(col(JuryTable.AGREEMENT)), count_if(col(JuryTable.AGREEMENT).equalTo(1.0))).first();
    return new Verdicts(row.getLong(0), row.isNullAt(1) ? 0 : row.getDouble(1), row.isNullAt(2) ? 0
        : row.getDouble(2), row.getLong(3));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
