package io.rewardlake.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import io.rewardlake.schemas.RejectsTable;
import io.rewardlake.spark.ingest.StagingRows;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Record counts by status and reject reason, from one small aggregation over the staging rows. */
record Counts(long accepted, long rejected, long blank, Map<String, Long> rejectedByReason) {

  long records() {
    return accepted + rejected;
  }

  static Counts of(Dataset<Row> staging) {
    long accepted = 0;
    long rejected = 0;
    long blank = 0;
    Map<String, Long> byReason = new HashMap<>();
    // At most (3 statuses x reasons) rows: safe to collect.
    for (Row row : staging.groupBy(col(StagingRows.STATUS), col(RejectsTable.REASON)).count().collectAsList()) {
      String status = row.getAs(StagingRows.STATUS);
      long count = row.<Long>getAs("count");
      switch (status) {
        case StagingRows.ACCEPTED -> accepted += count;
        case StagingRows.BLANK -> blank += count;
        default -> {
          rejected += count;
          byReason.merge(row.getAs(RejectsTable.REASON), count, Long::sum);
        }
      }
    }
    return new Counts(accepted, rejected, blank, byReason);
  }
}
