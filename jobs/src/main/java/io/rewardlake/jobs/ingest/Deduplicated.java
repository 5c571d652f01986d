package io.rewardlake.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.ingest.StagingRows;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

/**
 * Accepted records ranked within their pair_id by input order. The first occurrence gives the pair's row (its texts,
 * source, split, meta and which response is chosen); later ones repeat the pair, and only their labels count, through
 * the annotations.
 *
 * <p>The ranking is persisted: both the pairs write and the counts read it, and recomputing it would repeat the
 * window's shuffle. Call {@link #release()} when done.
 */
final class Deduplicated {
  private static final String RANK = "_rank";

  private final Dataset<Row> ranked;

  private Deduplicated(Dataset<Row> ranked) {
    this.ranked = ranked;
  }

  static Deduplicated of(Dataset<Row> staging) {
    WindowSpec byPair = Window.partitionBy(PairsTable.PAIR_ID).orderBy(StagingRows.ORDINAL);
    return new Deduplicated(staging.filter(col(StagingRows.STATUS).equalTo(StagingRows.ACCEPTED))
        .withColumn(RANK, row_number().over(byPair))
        .persist(StorageLevel.MEMORY_AND_DISK()));
  }

  void release() {
    ranked.unpersist();
  }

  /** First occurrences only. */
  Dataset<Row> pairs() {
    return ranked.filter(col(RANK).equalTo(1));
  }

  /** Records repeating a pair read earlier in this input. */
  long repeats() {
    return ranked.filter(col(RANK).gt(1)).count();
  }
}
