package io.rewardlake.jobs.label;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.PairsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * RLAIF's evaluation of an AI labeller on pairs that also carry a label of their own (human or synthetic): its
 * alignment (share of pairs where the soft label prefers the same response), with both orders averaged and with each
 * order alone, and its position consistency. Ties are counted apart, never as agreement: a pair labelled 0.5 has no
 * preferred response, and a soft label of exactly 0.5 prefers none. When the pairs carry ground truth
 * ({@code meta['true_p_chosen']}, the synthetic corpus), alignment with the truth is reported too.
 *
 * @param pairs pairs with an ok label from the judge and a label of their own
 * @param labelTies of those, pairs whose own label is a tie (left out of every alignment)
 * @param bothOrders the debiased soft label p_a
 * @param aFirst the order (A, B) alone: p_a_ab; null in direct mode
 * @param bFirst the order (B, A) alone: 1 − p_a_ba; null in direct mode
 * @param positionConsistency share of pairs whose two orders prefer the same response; null in direct mode
 * @param truth p_a against the ground truth; null when the pairs have none
 */
public record LabelEvaluation(long pairs, long labelTies, Alignment bothOrders, Alignment aFirst, Alignment bFirst,
    Double positionConsistency, Alignment truth) {

  /**
   * @param pairs pairs compared (own label not a tie, this soft label present)
   * @param agree pairs where the soft label prefers the labelled response
   * @param aiTies pairs where the soft label is exactly 0.5
   */
  public record Alignment(long pairs, long agree, long aiTies) {
    /** agree / (pairs − aiTies); NaN when nothing is decided. */
    public double rate() {
      return pairs - aiTies == 0 ? Double.NaN : (double) agree / (pairs - aiTies);
    }

    String describe() {
      return String.format(Locale.ROOT, "%.4f (%,d of %,d; %,d AI ties)", rate(), agree, pairs - aiTies, aiTies);
    }
  }

  static LabelEvaluation of(Lakehouse lake, String judgeId, String templateId, String mode) {
    Dataset<Row> labels = lake.read(AiLabelsTable.CONTRACT, "label")
        .filter(col(AiLabelsTable.JUDGE_ID).equalTo(judgeId).and(col(AiLabelsTable.TEMPLATE_ID).equalTo(templateId))
            .and(col(AiLabelsTable.MODE).equalTo(mode)).and(col(AiLabelsTable.STATUS).equalTo("ok")));
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest").filter(col(PairsTable.LABEL_P).isNotNull())
        .select(col(PairsTable.PAIR_ID).as("own_pair_id"), col(PairsTable.LABEL_P).as("own"),
            expr("cast(meta['true_p_chosen'] as double)").as("truth"));
    Dataset<Row> joined = labels.join(pairs, labels.col(AiLabelsTable.PAIR_ID).equalTo(col("own_pair_id")));
    Row totals = joined.agg(expr("count(*)"), expr("count_if(own = 0.5)"),
        expr("count_if(position_consistent)"), expr("count(position_consistent)"),
        alignment("p_a", "own"), alignment("p_a_ab", "own"), alignment("1 - p_a_ba", "own"),
        alignment("p_a", "truth")).first();
    long consistentOf = totals.getLong(3);
    return new LabelEvaluation(totals.getLong(0), totals.getLong(1), read(totals.getStruct(4)),
        nullIfEmpty(read(totals.getStruct(5))), nullIfEmpty(read(totals.getStruct(6))),
        consistentOf == 0 ? null : (double) totals.getLong(2) / consistentOf, nullIfEmpty(read(totals.getStruct(7))));
  }

  /** (compared, agree, ai ties) of soft label {@code p} against reference {@code ref}, as one struct column. */
  private static org.apache.spark.sql.Column alignment(String p, String ref) {
    String compared = "(" + ref + ") IS NOT NULL AND (" + ref + ") != 0.5 AND (" + p + ") IS NOT NULL";
    return expr("named_struct('n', count_if(" + compared + "), 'agree', count_if(" + compared + " AND (" + p
        + ") != 0.5 AND ((" + p + ") > 0.5) = ((" + ref + ") > 0.5)), 'ties', count_if(" + compared + " AND (" + p
        + ") = 0.5))");
  }

  private static Alignment read(Row struct) {
    return new Alignment(struct.getLong(0), struct.getLong(1), struct.getLong(2));
  }

  private static Alignment nullIfEmpty(Alignment alignment) {
    return alignment.pairs() == 0 ? null : alignment;
  }

  List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "  evaluation on %,d pairs with an own label (%,d labelled ties left out):",
        pairs, labelTies));
    lines.add("    alignment, both orders averaged: " + bothOrders.describe());
    if (aFirst != null) {
      lines.add("    alignment, order (A, B) only:    " + aFirst.describe());
      lines.add("    alignment, order (B, A) only:    " + bFirst.describe());
    }
    if (positionConsistency != null) {
      lines.add(String.format(Locale.ROOT, "    position consistency:           %.4f", positionConsistency));
    }
    if (truth != null) {
      lines.add("    agreement with the ground truth: " + truth.describe());
    }
    return lines;
  }
}
