package io.rewardlake.jobs.report;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.PairsTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * RLAIF: per judge, template and mode, how often the AI label agrees with the human (or synthetic) label and how
 * often both presentation orders agree (position consistency). Response A is the pair's chosen, so the AI agrees
 * when p_a and label_p fall on the same side of 0.5; ties (either exactly 0.5) are left out of the agreement.
 */
final class AiLabelsSection {
  static final String ID = "ai-labels";
  static final String TITLE = "AI-labeller alignment";
  /** Judge ids of {@code label --judge ensemble} start with this. */
  static final String ENSEMBLE_JUDGE_PREFIX = "ensemble:";

  private AiLabelsSection() {}

  static Section build(Lakehouse lake) {
    if (!lake.exists(AiLabelsTable.CONTRACT)) {
      return Section.missing(ID, TITLE, "No ai_labels table yet", "bin/rewardlake label");
    }
    List<Row> rows = alignment(lake.read(AiLabelsTable.CONTRACT, "label"), lake.read(PairsTable.CONTRACT, "ingest"));
    if (rows.isEmpty()) {
      return Section.missing(ID, TITLE, "The ai_labels table has no successful label yet", "bin/rewardlake label");
    }
    Map<String, Double> agreement = new LinkedHashMap<>();
    Map<String, Double> consistency = new LinkedHashMap<>();
    List<List<String>> table = rows.stream().map(row -> {
      String judge = row.getString(0) + " / " + row.getString(1) + " / " + row.getString(2);
      agreement.put(judge, row.isNullAt(4) ? 0.0 : row.getDouble(4));
      consistency.put(judge, row.isNullAt(5) ? 0.0 : row.getDouble(5));
      return List.of(judge, Html.count(row.getLong(3)), Html.percent(row.isNullAt(4) ? Double.NaN : row.getDouble(4)),
          Html.percent(row.isNullAt(5) ? Double.NaN : row.getDouble(5)));
    }).toList();
    String chart = Charts.bars("AI labeller vs human labels", "judge / template / mode", "share",
        Map.of("alignment with the label", agreement, "position consistency", consistency));
    return new Section(ID, TITLE, Html.table(List.of("judge / template / mode", "pairs labelled", "alignment",
        "position consistent"), table) + Html.image(chart, "alignment and position consistency")
        + notIndependent(rows), true);
  }

  /** A warning for judges that are the reward-model ensemble itself: their numbers are not a second opinion. */
  static String notIndependent(List<Row> rows) {
    List<String> selfJudges = rows.stream().map(row -> row.getString(0))
        .filter(judge -> judge.startsWith(ENSEMBLE_JUDGE_PREFIX)).distinct().toList();
    if (selfJudges.isEmpty()) {
      return "";
    }
    return Html.warning(String.join(", ", selfJudges) + (selfJudges.size() == 1 ? " is" : " are")
        + " the reward-model ensemble judging offline, not an independent judge: its labels come from the same"
        + " models that vote, so its agreement with the vote is no evidence, and its position consistency is 100% by"
        + " construction (it scores each response on its own). Use an LLM judge for a second opinion.");
  }

  static List<Row> alignment(Dataset<Row> labels, Dataset<Row> pairs) {
    Column p = col(AiLabelsTable.P_A);
    Column label = col(PairsTable.LABEL_P);
    Column decided = p.notEqual(0.5).and(label.notEqual(0.5));
    Column agrees = when(decided, when(p.gt(0.5).equalTo(label.gt(0.5)), 1.0).otherwise(0.0));
    return labels.filter(col(AiLabelsTable.STATUS).equalTo("ok"))
        .join(pairs.select(PairsTable.PAIR_ID, PairsTable.LABEL_P), AiLabelsTable.PAIR_ID)
        .groupBy(AiLabelsTable.JUDGE_ID, AiLabelsTable.TEMPLATE_ID, AiLabelsTable.MODE)
        .agg(count(lit(1)), avg(agrees), avg(when(col(AiLabelsTable.POSITION_CONSISTENT), 1.0)
            .when(col(AiLabelsTable.POSITION_CONSISTENT).isNotNull(), 0.0)))
        .orderBy(AiLabelsTable.JUDGE_ID, AiLabelsTable.TEMPLATE_ID, AiLabelsTable.MODE).collectAsList();
  }
}
