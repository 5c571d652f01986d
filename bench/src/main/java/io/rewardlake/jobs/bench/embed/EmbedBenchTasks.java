package io.rewardlake.jobs.bench.embed;

import io.rewardlake.spark.encoder.BackboneHandle;
import io.rewardlake.spark.encoder.EmbedPartition;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;

/**
 * Executor-side pieces of {@code bench-embed}. Both Spark paths take the backbone from the executor's shared copy
 * ({@link BackboneHandle}, loaded once per JVM), so they differ only in how many texts go into each call.
 */
final class EmbedBenchTasks {
  private EmbedBenchTasks() {}

  /** The baseline a user without the embedding stage would write: a row UDF embedding one text per call. */
  static UDF1<String, float[]> rowEmbedding(BackboneHandle backbone) {
    return text -> backbone.encoder().embed(List.of(text))[0];
  }

  /** Rows the Spark path produced in a partition (the rows are built, then only counted). */
  static FlatMapFunction<Iterator<Row>, Long> countEmbedded(EmbedPartition embed) {
    return rows -> {
      Iterator<Row> out = embed.call(rows);
      long count = 0;
      while (out.hasNext()) {
        out.next();
        count++;
      }
      return List.of(count).iterator();
    };
  }
}
