package io.rewardlake.jobs;

import io.rewardlake.schemas.PairsTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * {@code pairs} rows for test fixtures written as (pair_id, source, split, prompt, chosen, rejected, label_source,
 * label_p, meta, run_id): each gets the annotation count and agreement ingest would give a pair read once (one
 * label agreeing with itself, or none when unlabelled); rows that already have every column pass unchanged.
 */
public final class PairRows {
  private static final int LABEL_P = PairsTable.SCHEMA.fieldIndex(PairsTable.LABEL_P);
  private static final int ANNOTATIONS = PairsTable.SCHEMA.fieldIndex(PairsTable.ANNOTATIONS);

  private PairRows() {}

  public static Dataset<Row> frame(SparkSession spark, List<Row> rows) {
    return spark.createDataFrame(rows.stream().map(PairRows::once).toList(), PairsTable.SCHEMA);
  }

  /** The row with the columns of a pair labelled once inserted before run_id. */
  public static Row once(Row row) {
    if (row.length() == PairsTable.SCHEMA.size()) {
      return row;
    }
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < row.length(); i++) {
      if (i == ANNOTATIONS) {
        boolean labelled = !row.isNullAt(LABEL_P);
        values.add(labelled ? 1 : 0);
        values.add(labelled ? 1.0 : null);
      }
      values.add(row.get(i));
    }
    return RowFactory.create(values.toArray());
  }
}
