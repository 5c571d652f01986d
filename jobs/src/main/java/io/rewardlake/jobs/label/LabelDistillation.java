package io.rewardlake.jobs.label;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.map_concat;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.PairsTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Distilled RLAIF's input: {@code pairs_ai} is {@code pairs} with the training splits' labels replaced by the judge's
 * soft labels (P(A better) with A = chosen, so directly a {@code label_p}). Pairs the judge has no ok label for get a
 * null label and are not trained on. Held-out splits keep their own labels, so {@code train --input pairs_ai}
 * reports how well a reward model distilled from AI feedback predicts the human labels. Replaced in one commit.
 */
final class LabelDistillation {
  private LabelDistillation() {}

  static long write(SparkSession spark, Lakehouse lake, JudgeChoice judge, LabelConfig config, Lineage lineage) {
    spark.sparkContext().setJobGroup("label", "label: write pairs_ai (distillation)", false);
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest");
    Dataset<Row> labels = lake.read(AiLabelsTable.CONTRACT, "label")
        .filter(col(AiLabelsTable.JUDGE_ID).equalTo(judge.judgeId())
            .and(col(AiLabelsTable.TEMPLATE_ID).equalTo(judge.templateId()))
            .and(col(AiLabelsTable.MODE).equalTo(judge.mode().id())).and(col(AiLabelsTable.STATUS).equalTo("ok")))
        .select(col(AiLabelsTable.PAIR_ID).as("ai_pair_id"), col(AiLabelsTable.P_A).as("ai_p"));
    Dataset<Row> joined = pairs.join(labels, pairs.col(PairsTable.PAIR_ID).equalTo(col("ai_pair_id")), "left");
    Column training = col(PairsTable.SPLIT).isin(config.trainSplits().toArray());
    Column labelSource = when(training, when(col("ai_p").isNotNull(), lit(PairsTable.LABEL_AI))
        .otherwise(lit(PairsTable.LABEL_NONE))).otherwise(col(PairsTable.LABEL_SOURCE));
    Column meta = when(training, map_concat(col(PairsTable.META), map(
        lit("rlaif.own_label_p"), col(PairsTable.LABEL_P).cast("string"),
        lit("rlaif.judge_id"), lit(judge.judgeId()), lit("rlaif.template_id"), lit(judge.templateId()))))
        .otherwise(col(PairsTable.META));
    Dataset<Row> rows = joined.select(col(PairsTable.PAIR_ID), col(PairsTable.SOURCE), col(PairsTable.SPLIT),
        col(PairsTable.PROMPT), col(PairsTable.CHOSEN), col(PairsTable.REJECTED), labelSource.as(PairsTable.LABEL_SOURCE),
        when(training, col("ai_p")).otherwise(col(PairsTable.LABEL_P)).as(PairsTable.LABEL_P),
        meta.as(PairsTable.META),
        // a training pair's label is now the judge's one soft label
        when(training, when(col("ai_p").isNotNull(), lit(1)).otherwise(lit(0))).otherwise(col(PairsTable.ANNOTATIONS))
            .as(PairsTable.ANNOTATIONS),
        when(training, when(col("ai_p").isNotNull(), lit(1.0))).otherwise(col(PairsTable.AGREEMENT))
            .as(PairsTable.AGREEMENT),
        lit(lineage.run().runId()).as(PairsTable.RUN_ID));
    return lake.write(PairsTable.AI_CONTRACT, rows, WriteMode.OVERWRITE, lineage);
  }
}
