package io.rewardlake.spark.encoder;

import io.rewardlake.core.encoder.TextEncoder;
import io.rewardlake.schemas.EmbeddingsTable;
import io.rewardlake.spark.vote.BatchedRows;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Executor side of the embedding stage: rows {@code (text_hash, text)} in, {@link EmbeddingsTable} rows out, a batch
 * at a time through the executor's shared backbone (whose calls are length-bucketed, so a batch of mixed lengths pads
 * little).
 */
public final class EmbedPartition implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;
  public static final String TEXT_HASH = EmbeddingsTable.TEXT_HASH;
  public static final String TEXT = "text";

  private final BackboneHandle backbone;
  private final int batchSize;
  private final String runId;

  public EmbedPartition(BackboneHandle backbone, int batchSize, String runId) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.backbone = backbone;
    this.batchSize = batchSize;
    this.runId = runId;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    TextEncoder encoder = backbone.encoder();
    String backboneId = backbone.spec().modelId();
    return BatchedRows.map(rows, batchSize, batch -> {
      List<String> texts = batch.stream().map(row -> row.<String>getAs(TEXT)).toList();
      List<TextEncoder.Embedding> embeddings = encoder.embedTexts(texts);
      List<Row> out = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        TextEncoder.Embedding embedding = embeddings.get(i);
        out.add(RowFactory.create(backboneId, batch.get(i).getAs(TEXT_HASH), embedding.vector(), embedding.tokens(),
            embedding.truncated(), runId));
      }
      return out;
    });
  }
}
