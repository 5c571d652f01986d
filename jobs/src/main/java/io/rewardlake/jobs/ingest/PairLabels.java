package io.rewardlake.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.schemas.AnnotationsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.ingest.LabelConsensus;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A pair's label from all its annotations: {@code label_p} the mean (stated for the row's chosen response), with
 * {@code annotations} and {@code agreement}. An unlabelled row that gained labels takes their label source.
 */
final class PairLabels {
  private static final String COUNT = "_count";
  private static final String MEAN_FIRST = "_mean_first";
  private static final String AGREEMENT = "_agreement";
  private static final String LABELLED_BY = "_labelled_by";

  private PairLabels() {}

  /** One row per pair with annotations: how many, their mean stated for the first response, and their agreement. */
  static Dataset<Row> consensus(Dataset<Row> annotations) {
    Column consensus = LabelConsensus.of(collect_list(col(AnnotationsTable.P_FIRST)));
    return annotations.groupBy(AnnotationsTable.PAIR_ID)
        .agg(consensus.as("_c"), max(col(AnnotationsTable.LABEL_SOURCE)).as(LABELLED_BY))
        .select(col(AnnotationsTable.PAIR_ID), col("_c." + LabelConsensus.COUNT).as(COUNT),
            col("_c." + LabelConsensus.MEAN).as(MEAN_FIRST), col("_c." + LabelConsensus.AGREEMENT).as(AGREEMENT),
            col(LABELLED_BY));
  }

  /** {@code rows} (the pairs columns) relabelled from {@code consensus}; {@code chosenFirst} orients the mean. */
  static Dataset<Row> apply(Dataset<Row> rows, Column chosenFirst, Dataset<Row> consensus) {
    Dataset<Row> joined = rows.withColumn("_chosen_first", chosenFirst).join(consensus, PairsTable.PAIR_ID, "left");
    Column count = coalesce(col(COUNT), lit(0));
    Column labelled = count.gt(0);
    return joined
        .withColumn(PairsTable.LABEL_P, when(labelled,
            Annotations.stateForFirst(col(MEAN_FIRST), col("_chosen_first"))).otherwise(lit(null).cast("double")))
        .withColumn(PairsTable.LABEL_SOURCE, when(labelled.and(col(PairsTable.LABEL_SOURCE)
            .equalTo(PairsTable.LABEL_NONE)), col(LABELLED_BY)).otherwise(col(PairsTable.LABEL_SOURCE)))
        .withColumn(PairsTable.ANNOTATIONS, count)
        .withColumn(PairsTable.AGREEMENT, col(AGREEMENT))
        .select(PairsTable.CONTRACT.columns().stream().map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new));
  }

  /**
   * The rows of {@code existing} pairs with annotations in {@code consensus} whose label the annotations change,
   * relabelled; their texts and which response is chosen stay as they are.
   */
  static Dataset<Row> changed(Dataset<Row> existing, Dataset<Row> consensus) {
    Dataset<Row> touched = existing.join(consensus.select(PairsTable.PAIR_ID), PairsTable.PAIR_ID, "left_semi");
    Dataset<Row> relabelled = apply(touched, LabelConsensus.sortsFirst(col(PairsTable.CHOSEN),
        col(PairsTable.REJECTED)), consensus);
    Dataset<Row> before = touched.select(col(PairsTable.PAIR_ID), col(PairsTable.LABEL_P).as("_p"),
        col(PairsTable.ANNOTATIONS).as("_n"), col(PairsTable.AGREEMENT).as("_a"),
        col(PairsTable.LABEL_SOURCE).as("_s"));
    Column same = col(PairsTable.LABEL_P).eqNullSafe(col("_p")).and(col(PairsTable.ANNOTATIONS).eqNullSafe(col("_n")))
        .and(col(PairsTable.AGREEMENT).eqNullSafe(col("_a"))).and(col(PairsTable.LABEL_SOURCE).equalTo(col("_s")));
    return relabelled.join(before, PairsTable.PAIR_ID).filter(org.apache.spark.sql.functions.not(same))
        .select(PairsTable.CONTRACT.columns().stream().map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new));
  }

  /** Pairs holding several labels, and those of them whose labels do not all agree. */
  static LabelCounts counts(Dataset<Row> consensus) {
    Column several = col(COUNT).gt(1);
    Row row = consensus.agg(sum(when(several, 1).otherwise(0)),
        sum(when(several.and(col(AGREEMENT).lt(1.0)), 1).otherwise(0))).first();
    return new LabelCounts(row.isNullAt(0) ? 0 : row.getLong(0), row.isNullAt(1) ? 0 : row.getLong(1));
  }
}
