package io.rewardlake.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.AnnotationsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.RejectsTable;
import io.rewardlake.spark.ingest.LabelConsensus;
import io.rewardlake.spark.ingest.StagingRows;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code annotations} rows of one ingest: each accepted label, identified by where it was read and stated for the
 * response the pair id sorts first.
 *
 * <p>Overwrite ingests replace the table; merge ingests add the labels it lacks, so ingesting a file again adds
 * nothing. A pair from a lake written before labels were kept has no annotation rows: when a merge ingest labels it
 * again, its existing label_p is filed as one annotation first ({@code pairs:<pair_id>}), so it is averaged in rather
 * than lost.
 */
final class Annotations {
  private static final String LEGACY_PREFIX = "pairs:";
  private static final String POSITION = "_position";
  private static final String LABEL = "_label";

  private Annotations() {}

  /** One row per label of the accepted staging rows. */
  static Dataset<Row> ofBatch(Dataset<Row> accepted, String runId) {
    Dataset<Row> exploded = accepted.select(col(RejectsTable.LOCATION), col(PairsTable.PAIR_ID),
        col(PairsTable.SOURCE), col(PairsTable.LABEL_SOURCE), col(StagingRows.CHOSEN_FIRST),
        posexplode(col(StagingRows.LABELS)).as(new String[] {POSITION, LABEL}));
    return exploded.select(
        concat(col(RejectsTable.LOCATION), lit("#"), col(POSITION).plus(1).cast("string"))
            .as(AnnotationsTable.ANNOTATION_ID),
        col(PairsTable.PAIR_ID), col(PairsTable.SOURCE), col(PairsTable.LABEL_SOURCE),
        stateForFirst(col(LABEL), col(StagingRows.CHOSEN_FIRST)).as(AnnotationsTable.P_FIRST),
        lit(runId).as(AnnotationsTable.RUN_ID));
  }

  /**
   * Writes the batch's labels and returns every label of the pairs they touch, as the table holds them after the
   * write: this ingest's and, in merge mode, earlier ones'.
   */
  static Dataset<Row> write(Lakehouse lake, boolean merge, Dataset<Row> batch, Lineage lineage) {
    if (!merge) {
      lake.write(AnnotationsTable.CONTRACT, batch, WriteMode.OVERWRITE, lineage);
      return batch;
    }
    boolean firstLabels = !lake.exists(AnnotationsTable.CONTRACT) && !lake.exists(PairsTable.CONTRACT);
    Dataset<Row> touched = batch.select(PairsTable.PAIR_ID).distinct();
    Dataset<Row> added = lake.exists(PairsTable.CONTRACT) ? batch.unionByName(legacy(lake, touched)) : batch;
    lake.insertMissing(AnnotationsTable.CONTRACT, added, List.of(AnnotationsTable.ANNOTATION_ID), lineage);
    // on a new lake the table holds exactly this batch: no need to read it back
    return firstLabels ? batch
        : lake.read(AnnotationsTable.CONTRACT, "ingest").join(touched, PairsTable.PAIR_ID, "left_semi");
  }

  /** The label of each touched pair whose row predates the annotations table, as one annotation. */
  private static Dataset<Row> legacy(Lakehouse lake, Dataset<Row> touched) {
    Dataset<Row> unrecorded = lake.read(PairsTable.CONTRACT, "ingest").filter(col(PairsTable.ANNOTATIONS).isNull().and(col(PairsTable.LABEL_P)
        .isNotNull())).join(touched, PairsTable.PAIR_ID);
    return unrecorded.select(concat(lit(LEGACY_PREFIX), col(PairsTable.PAIR_ID)).as(AnnotationsTable.ANNOTATION_ID),
        col(PairsTable.PAIR_ID), col(PairsTable.SOURCE), col(PairsTable.LABEL_SOURCE),
        stateForFirst(col(PairsTable.LABEL_P), LabelConsensus.sortsFirst(col(PairsTable.CHOSEN),
            col(PairsTable.REJECTED))).as(AnnotationsTable.P_FIRST),
        col(PairsTable.RUN_ID));
  }

  /** P(chosen preferred) restated for the response the pair id sorts first. */
  static Column stateForFirst(Column labelOfChosen, Column chosenFirst) {
    return when(chosenFirst, labelOfChosen).otherwise(lit(1.0).minus(labelOfChosen));
  }
}
