package io.rewardlake.jobs.clean;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.covar_samp;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.var_samp;

import io.rewardlake.jobs.Progress;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Length-debiased strength (clean.length_debias): mean strength minus b·x, where x = ln(len(chosen) / len(rejected))
 * and b is the least-squares slope of mean strength on x over the ensemble's voted pairs. What remains is the
 * strength the ensemble would give the pair at equal lengths (x = 0 keeps its strength), so a vote that mostly says
 * "the longer one" no longer flips or drops pairs by length alone. One aggregation on the executors finds b.
 */
public final class LengthDebias {
  private static final String X = "_debias_x";

  private LengthDebias() {}

  /** x = ln(len(chosen) / len(rejected)) in characters: the length difference both the audit and the debias use. */
  public static Column logLengthRatio() {
    return log(length(col(PairsTable.CHOSEN)).divide(length(col(PairsTable.REJECTED))));
  }

  static Dataset<Row> apply(Dataset<Row> strength, Dataset<Row> pairs) {
    Dataset<Row> withX = strength.join(pairs.select(col(PairsTable.PAIR_ID), logLengthRatio().as(X)),
        StrengthTable.PAIR_ID);
    Column voted = col(StrengthTable.VOTING_MEMBERS).gt(0);
    Row fit = withX.filter(voted).agg(covar_samp(col(X), col(StrengthTable.STRENGTH_MEAN)), var_samp(col(X))).first();
    double slope = fit.isNullAt(0) || fit.isNullAt(1) || fit.getDouble(1) == 0 ? 0 : fit.getDouble(0) / fit.getDouble(1);
    Progress.say("clean", String.format(Locale.ROOT, "length debias: strength falls by %.4f per unit of"
        + " ln(len chosen / len rejected), the slope fitted on the voted pairs", slope));
    return withX.withColumn(StrengthTable.STRENGTH_MEAN, col(StrengthTable.STRENGTH_MEAN).minus(col(X).multiply(lit(slope))))
        .drop(X);
  }
}
