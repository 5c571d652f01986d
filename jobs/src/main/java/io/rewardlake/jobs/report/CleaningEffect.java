package io.rewardlake.jobs.report;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.jobs.clean.VoteCheck;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Cleaning before and after, side by side, in the original orientation of each pair: how often the labels (before)
 * and the cleaned targets (after) agree with the vote, with the corpus's ground truth where it has one, and with the
 * longer response; how many labels changed side and how confident they were. Agreement with the vote rises by
 * construction, so the section says which column to read.
 */
final class CleaningEffect {
  /** A label this far from 0.5 (or further) counts as confident. */
  static final double CONFIDENT = 0.95;
  private static final String BEFORE = "before_p";
  private static final String AFTER = "after_p";
  private static final String TRUTH = "truth_p";
  private static final String VOTE = "vote_mean";

  private CleaningEffect() {}

  static String build(Lakehouse lake, Dataset<Row> clean, String ensemble) {
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest");
    Dataset<Row> strength = lake.exists(StrengthTable.CONTRACT) ? lake.read(StrengthTable.CONTRACT, "vote")
        .filter(col(StrengthTable.ENSEMBLE_ID).equalTo(ensemble)) : null;
    Dataset<Row> rows = oriented(pairs, clean, strength);
    Row row = aggregate(rows);
    String table = Html.table(List.of("labels", "pairs trained on", "agree with the vote", "agree with ground truth",
        "agree with the longer response", "mean confidence |2p-1|"), List.of(
        List.of("before: pairs.label_p", Html.count(row.getLong(0)), share(row, 1), share(row, 2), share(row, 3),
            share(row, 4)),
        List.of("after: pairs_clean.target_p", Html.count(row.getLong(9)), share(row, 5), share(row, 6),
            share(row, 7), share(row, 8))));
    String changed = Html.note(String.format(Locale.ROOT, "%s pairs changed side (flipped), %s of them with a"
        + " confident label (label_p >= %.2f or <= %.2f); %s pairs dropped.", Html.count(row.getLong(10)),
        Html.count(row.getLong(11)), CONFIDENT, 1 - CONFIDENT, Html.count(row.getLong(0) - row.getLong(9))));
    String read = row.getLong(12) > 0
        ? Html.note("Read the ground-truth column: agreement with the vote rises after cleaning by construction"
            + " (cleaning moves labels toward the vote), so it is no evidence that cleaning helped.")
        : Html.note("This corpus has no ground truth (pairs.meta true_p_chosen), so nothing here shows whether"
            + " cleaning helped: agreement with the vote rises by construction. Compare the vote with the baselines"
            + " below, and measure held-out accuracy with bin/rewardlake evaluate.");
    return "<h3>Before and after</h3>" + table + changed + read + (strength != null ? baselines(pairs, strength, ensemble) : "");
  }

  /**
   * Over the oriented rows: pairs; before (label) agreement with vote, truth, longer response, mean confidence;
   * the same four after cleaning; pairs kept; pairs that changed side; those with a confident label; pairs with truth.
   */
  static Row aggregate(Dataset<Row> rows) {
    List<Column> before = stats(BEFORE);
    List<Column> after = stats(AFTER);
    Column changed = side(col(BEFORE)).notEqual(side(col(AFTER)));
    return rows.agg(count(lit(1)), before.get(0), before.get(1), before.get(2), before.get(3), after.get(0),
        after.get(1), after.get(2), after.get(3), count(col(AFTER)), count(when(changed, 1)),
        count(when(changed.and(abs(col(BEFORE).minus(0.5)).geq(CONFIDENT - 0.5)), 1)), count(col(TRUTH))).first();
  }

  /** The vote against the baselines that need no model, as {@code clean} checks it before flipping. */
  private static String baselines(Dataset<Row> pairs, Dataset<Row> strength, String ensemble) {
    VoteCheck check = VoteCheck.measure(pairs.join(strength.drop(StrengthTable.RUN_ID), PairsTable.PAIR_ID)
        .withColumn(VoteCheck.VOTED, lit(true)));
    if (check.pairs() == 0) {
      return Html.note("No voted pair of ensemble '" + ensemble + "' has a decided label: no baseline comparison.");
    }
    double edge = ConfigKeys.CLEAN_MIN_VOTE_EDGE.defaultValue();
    List<String> parts = new ArrayList<>(List.of(String.format(Locale.ROOT, "Vote of ensemble '%s' vs the labels:"
        + " %.1f%% agreement on %s decided pairs (%.0f%% out-of-fold). Baselines without a model: the longer"
        + " response wins %.1f%%", ensemble, 100 * check.voteAgreement(), Html.count(check.pairs()),
        100 * check.outOfFold(), 100 * check.lengthAgreement())));
    if (check.positioned() > 0) {
      parts.add(String.format(Locale.ROOT, "the same position always wins %.1f%%", 100 * check.majoritySide()));
    }
    String line = String.join("; ", parts) + ".";
    return check.clearlyBetter(edge) ? Html.note(line) : Html.note(line) + Html.warning(String.format(Locale.ROOT,
        "the vote is not %.0f points better than the best baseline (%.1f%%): the ensemble knows little that a"
        + " trivial rule does not, and flips based on it are suspect.", 100 * edge, 100 * check.bestBaseline()));
  }

  /**
   * One row per cleaned pair: its label, its cleaned target (null when dropped) and its vote, all as P(original
   * chosen preferred); a flipped pair's chosen and rejected are swapped in pairs_clean, so its target is turned back.
   */
  static Dataset<Row> oriented(Dataset<Row> pairs, Dataset<Row> clean, Dataset<Row> strength) {
    Column target = col(PairsCleanTable.TARGET_P);
    Dataset<Row> joined = pairs.select(col(PairsTable.PAIR_ID), col(PairsTable.LABEL_P).as(BEFORE),
            col(PairsTable.CHOSEN).as("original_chosen"), length(col(PairsTable.CHOSEN))
                .minus(length(col(PairsTable.REJECTED))).as("chosen_longer_by"),
            col(PairsTable.META).getItem("true_p_chosen").cast("double").as(TRUTH))
        .join(clean.select(col(PairsCleanTable.PAIR_ID), col(PairsCleanTable.CHOSEN).as("clean_chosen"), target,
            col(PairsCleanTable.ACTION)), PairsTable.PAIR_ID)
        .withColumn(AFTER, when(col(PairsCleanTable.ACTION).equalTo("drop"), lit(null).cast("double"))
            .when(col("clean_chosen").equalTo(col("original_chosen")), target).otherwise(lit(1.0).minus(target)));
    return strength == null ? joined.withColumn(VOTE, lit(null).cast("double"))
        : joined.join(strength.select(col(StrengthTable.PAIR_ID), col(StrengthTable.STRENGTH_MEAN).as(VOTE)),
            PairsTable.PAIR_ID, "left");
  }

  /** Agreement with the vote, with the truth, with the longer response, and mean confidence of a P column. */
  private static List<Column> stats(String p) {
    Column side = side(col(p));
    return List.of(avg(agreement(side, side(col(VOTE).plus(0.5)))), avg(agreement(side, side(col(TRUTH)))),
        avg(agreement(side, when(col("chosen_longer_by").gt(0), 1).when(col("chosen_longer_by").lt(0), 0))),
        avg(abs(col(p).multiply(2).minus(1))));
  }

  /** 1 for "chosen preferred", 0 for "rejected preferred", null for a tie or no value. */
  private static Column side(Column p) {
    return when(p.gt(0.5), 1).when(p.lt(0.5), 0);
  }

  private static Column agreement(Column side, Column reference) {
    return when(side.isNotNull().and(reference.isNotNull()), when(side.equalTo(reference), 1.0).otherwise(0.0));
  }

  private static String share(Row row, int index) {
    return Html.percent(row.isNullAt(index) ? Double.NaN : row.getDouble(index));
  }
}
