package io.rewardlake.jobs.clean;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import io.rewardlake.spark.clean.CleanPairs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Is the vote worth acting on? Before {@code clean} flips any label it compares how often the ensemble agrees with
 * the labels (on voted pairs with a decided label) against what needs no model at all: "the longer response wins"
 * and, where ingest recorded the response's position in the file ({@value #POSITION_KEY} in meta), "the same
 * position always wins". A vote that is not clearly better than these knows little that the labels' own biases do
 * not, and overturning labels on its word would mostly add noise.
 *
 * @param pairs voted pairs with a decided label
 * @param voteAgreement share of them where the mean strength is on the label's side
 * @param outOfFold share of their votes cast only by members that did not train on the pair
 * @param lengthAgreement share where the longer response is the labelled winner (equal lengths count half)
 * @param positioned pairs whose winner's position in the input is known
 * @param majoritySide share of those whose winner sat in the more common winning position; NaN when none
 */
public record VoteCheck(long pairs, double voteAgreement, double outOfFold, double lengthAgreement, long positioned,
    double majoritySide) {
  /** Meta key ingest writes for pairs read as response_a/response_b: which of them was preferred. */
  public static final String POSITION_KEY = io.rewardlake.core.ingest.GenericRecordParser.META_CHOSEN_POSITION;

  /** Column of the input rows saying the pair was voted on. */
  public static final String VOTED = CleanPairs.VOTED;

  /** From {@code clean}'s input rows (pairs with their strength columns, out_of_fold included). */
  public static VoteCheck measure(Dataset<Row> rows) {
    Dataset<Row> decided = rows.filter(col(CleanPairs.VOTED).and(col(PairsTable.LABEL_P).isNotNull())
        .and(col(PairsTable.LABEL_P).notEqual(0.5)).and(col(StrengthTable.VOTING_MEMBERS).gt(0)));
    Column labelForChosen = col(PairsTable.LABEL_P).gt(0.5);
    Column chosenLonger = length(col(PairsTable.CHOSEN)).minus(length(col(PairsTable.REJECTED)));
    Column position = col(PairsTable.META).getItem(POSITION_KEY);
    Row row = decided.agg(count(lit(1)),
            avg(when(col(StrengthTable.STRENGTH_MEAN).gt(0).equalTo(labelForChosen), 1.0).otherwise(0.0)),
            avg(when(col(StrengthTable.OUT_OF_FOLD), 1.0).otherwise(0.0)),
            avg(when(chosenLonger.equalTo(0), 0.5).when(chosenLonger.gt(0).equalTo(labelForChosen), 1.0)
                .otherwise(0.0)),
            count(position),
            avg(when(position.equalTo("a"), 1.0).when(position.equalTo("b"), 0.0)))
        .first();
    long pairs = row.getLong(0);
    double shareA = row.isNullAt(5) ? Double.NaN : row.getDouble(5);
    return new VoteCheck(pairs, pairs == 0 ? Double.NaN : row.getDouble(1), pairs == 0 ? 0 : row.getDouble(2),
        pairs == 0 ? Double.NaN : row.getDouble(3), row.getLong(4), Double.isNaN(shareA) ? shareA
        : Math.max(shareA, 1 - shareA));
  }

  /** The better trivial baseline. */
  public double bestBaseline() {
    return Double.isNaN(majoritySide) ? lengthAgreement : Math.max(lengthAgreement, majoritySide);
  }

  /** Whether the vote beats the best baseline by at least {@code edge}; true when there is nothing to compare. */
  public boolean clearlyBetter(double edge) {
    return pairs == 0 || voteAgreement >= bestBaseline() + edge;
  }

  /** Why flips are withheld, for every pair's reason (short, numbers included). */
  String withheldReason(double edge) {
    return String.format(Locale.ROOT, "the vote agrees with the labels on %.1f%% of pairs, not %.0f points above the"
        + " best trivial baseline (%.1f%%; clean.vote_check=refuse)", 100 * voteAgreement, 100 * edge,
        100 * bestBaseline());
  }

  List<String> lines(double edge, String mode) {
    List<String> lines = new ArrayList<>();
    if (pairs == 0) {
      lines.add("clean: vote check: no voted pair has a decided label; nothing to compare");
      return lines;
    }
    lines.add(String.format(Locale.ROOT, "clean: vote check on %,d voted pairs with a decided label: the vote agrees"
        + " with the label on %.1f%%%s", pairs, 100 * voteAgreement, outOfFold >= 0.999 ? " (out-of-fold)"
        : String.format(Locale.ROOT, " (only %.0f%% out-of-fold: in-sample votes flatter the ensemble; vote --mode"
            + " oof)", 100 * outOfFold)));
    lines.add(String.format(Locale.ROOT, "clean:   baselines without a model: longer response wins %.1f%%%s",
        100 * lengthAgreement, positioned == 0 ? "" : String.format(Locale.ROOT,
            ", same position always wins %.1f%% (%,d pairs with a known position)", 100 * majoritySide, positioned)));
    if (!clearlyBetter(edge)) {
      lines.add(String.format(Locale.ROOT, "clean: WARNING: the vote is not %.0f points better than the best"
          + " baseline (%.1f%%): %s", 100 * edge, 100 * bestBaseline(), switch (mode) {
            case "refuse" -> "no label is flipped (set clean.vote_check=warn to flip anyway, or improve the ensemble)";
            default -> "flipping anyway (clean.vote_check=" + mode + ")";
          }));
    }
    return lines;
  }
}
