package io.rewardlake.jobs.jury;

import io.rewardlake.core.judge.JuryVerdict;
import io.rewardlake.core.vote.Strength;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Per pair: its judges' soft labels (sorted by judge) and, optionally, an ensemble's votes, into one row holding the
 * {@code jury} columns and the {@code strength} columns side by side; the job splits them into the two tables.
 * Input: pair_id, judges (array, sorted), p_a (array, same order), ensemble_diffs (array or null), out_of_fold
 * (boolean or null).
 */
final class JuryPairs implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  private final String juryId;
  private final String runId;

  JuryPairs(String juryId, String runId) {
    this.juryId = juryId;
    this.runId = runId;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return io.rewardlake.spark.LazyMap.map(rows, this::combine);
  }

  private Row combine(Row row) {
    List<String> judges = row.getList(1);
    List<Double> labels = row.getList(2);
    double[] pA = labels.stream().mapToDouble(Double::doubleValue).toArray();
    JuryVerdict verdict = JuryVerdict.of(pA);
    List<Double> diffs = new ArrayList<>();
    boolean outOfFold = true;
    if (!row.isNullAt(3)) {
      diffs.addAll(row.getList(3));
      outOfFold = !row.isNullAt(4) && row.getBoolean(4);
    }
    for (double logOdds : verdict.logOdds()) {
      diffs.add(logOdds);
    }
    Strength strength = Strength.of(diffs.stream().mapToDouble(Double::doubleValue).toArray(), outOfFold);
    return RowFactory.create(row.getString(0), juryId, judges.toArray(String[]::new), pA, verdict.pAMean(),
        verdict.pALogOdds(), verdict.agreement(), runId, strength.diffs(), strength.mean(), strength.std(),
        strength.votesForChosen(), strength.pChosen(), strength.outOfFold(), strength.voters());
  }
}
