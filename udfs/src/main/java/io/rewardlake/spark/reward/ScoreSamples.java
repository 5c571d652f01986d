package io.rewardlake.spark.reward;

import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.core.vote.EnsembleScorer;
import io.rewardlake.spark.encoder.EmbeddingColumns;
import io.rewardlake.spark.vote.BatchedRows;
import io.rewardlake.spark.vote.EnsembleHandle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Executor side of {@code reward}: rows with {@link #INPUT_COLUMNS} in, rows of {@link #SCHEMA} out (the sample's
 * keys and every member's raw reward), scored in batches with the executor's shared ensemble.
 */
public final class ScoreSamples implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  public static final List<String> INPUT_COLUMNS = List.of("sample_id", "prompt_id", "prompt", "response", "quality");
  public static final String REWARDS = "member_rewards";
  public static final StructType SCHEMA = new StructType()
      .add("sample_id", DataTypes.StringType, false)
      .add("prompt_id", DataTypes.StringType, true)
      .add("response", DataTypes.StringType, false)
      .add("quality", DataTypes.DoubleType, true)
      .add(REWARDS, DataTypes.createArrayType(DataTypes.DoubleType, false), false);

  private final EnsembleHandle ensemble;
  private final int batchSize;
  private final EmbeddingColumns embeddings;

  public ScoreSamples(EnsembleHandle ensemble, int batchSize) {
    this(ensemble, batchSize, null);
  }

  /** @param embeddings stored embeddings the rows carry (encoder ensembles), or null */
  public ScoreSamples(EnsembleHandle ensemble, int batchSize, EmbeddingColumns embeddings) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.ensemble = ensemble;
    this.batchSize = batchSize;
    this.embeddings = embeddings;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return BatchedRows.map(rows, batchSize, this::score);
  }

  private List<Row> score(List<Row> inputs) {
    List<PromptResponse> texts = new ArrayList<>(inputs.size());
    for (Row row : inputs) {
      texts.add(new PromptResponse(row.getAs("prompt"), row.getAs("response")));
    }
    EnsembleScorer scorer = ensemble.scorer();
    double[][] rewards = (embeddings == null ? scorer : embeddings.bind(scorer, inputs)).rewards(texts);
    List<Row> out = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      Row row = inputs.get(i);
      out.add(RowFactory.create(row.getAs("sample_id"), row.getAs("prompt_id"), row.getAs("response"),
          row.getAs("quality"), rewards[i]));
    }
    return out;
  }
}
