package io.rewardlake.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.ingest.StagingRows;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

/**
 * Accepted records ranked within their pair_id by input order: the first occurrence is kept, later ones are
 * duplicates; a duplicate "conflicts" when its chosen response or label_p differs from the first's.
 *
 * <p>The ranking is persisted: both the pairs write and the counts read it, and recomputing it would repeat the
 * window's shuffle. Call {@link #release()} when done.
 */
final class Deduplicated {
  private static final String RANK = "_rank";
  private static final String CONFLICT = "_conflict";

  private final Dataset<Row> ranked;

  private Deduplicated(Dataset<Row> ranked) {
    this.ranked = ranked;
  }

  static Deduplicated of(Dataset<Row> staging) {
    WindowSpec byPair = Window.partitionBy(PairsTable.PAIR_ID).orderBy(StagingRows.ORDINAL);
    Column firstChosen = first(col(PairsTable.CHOSEN)).over(byPair);
    Column firstLabel = first(col(PairsTable.LABEL_P)).over(byPair);
    Column conflict = col(PairsTable.CHOSEN).notEqual(firstChosen)
        .or(col(PairsTable.LABEL_P).eqNullSafe(firstLabel).unary_$bang());
    return new Deduplicated(staging.filter(col(StagingRows.STATUS).equalTo(StagingRows.ACCEPTED))
        .withColumn(RANK, row_number().over(byPair))
        .withColumn(CONFLICT, conflict)
        .persist(StorageLevel.MEMORY_AND_DISK()));
  }

  void release() {
    ranked.unpersist();
  }

  /** First occurrences only. */
  Dataset<Row> pairs() {
    return ranked.filter(col(RANK).equalTo(1));
  }

  DedupCounts counts() {
    Row row = ranked.agg(
            sum(when(col(RANK).gt(1), 1).otherwise(0)).as("duplicates"),
            sum(when(col(RANK).gt(1).and(col(CONFLICT)), 1).otherwise(0)).as("conflicting"))
        .first();
    return new DedupCounts(valueOrZero(row, "duplicates"), valueOrZero(row, "conflicting"));
  }

  private static long valueOrZero(Row row, String field) {
    Object value = row.getAs(field);
    return value == null ? 0 : ((Number) value).longValue();
  }
}
