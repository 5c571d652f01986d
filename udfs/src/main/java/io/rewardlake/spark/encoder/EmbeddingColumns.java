package io.rewardlake.spark.encoder;

import io.rewardlake.core.encoder.EmbeddingLookup;
import io.rewardlake.core.vote.EnsembleScorer;
import io.rewardlake.core.vote.SharedBackboneScorer;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Stored embeddings that travel with a job's rows: for backbone b and role (prompt, chosen, rejected, response) the
 * columns {@link #key} (the text's hash) and {@link #vector} (its embedding, null when the table lacked it). Executor
 * functions {@link #bind} a batch's rows to the ensemble's scorer, so encoder members read the vectors instead of
 * running their backbone.
 */
public final class EmbeddingColumns implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> backboneIds;
  private final List<String> roles;

  /**
   * @param backboneIds model id of backbone b, for b in column order
   * @param roles the text columns that carry embeddings
   */
  public EmbeddingColumns(List<String> backboneIds, List<String> roles) {
    this.backboneIds = List.copyOf(backboneIds);
    this.roles = List.copyOf(roles);
  }

  public static String key(String role, int backbone) {
    return "key_" + role + "_" + backbone;
  }

  public static String vector(String role, int backbone) {
    return "emb_" + role + "_" + backbone;
  }

  /** The scorer for one batch: stored vectors first (encoder ensembles), the scorer itself otherwise. */
  public EnsembleScorer bind(EnsembleScorer scorer, List<Row> batch) {
    if (!(scorer instanceof SharedBackboneScorer shared)) {
      return scorer;
    }
    Map<String, Map<String, float[]>> byBackbone = new HashMap<>();
    for (int b = 0; b < backboneIds.size(); b++) {
      Map<String, float[]> vectors = byBackbone.computeIfAbsent(backboneIds.get(b), id -> new HashMap<>());
      for (Row row : batch) {
        for (String role : roles) {
          List<Float> values = row.getList(row.fieldIndex(vector(role, b)));
          if (values != null) {
            vectors.put(row.getAs(key(role, b)), floats(values));
          }
        }
      }
    }
    EmbeddingLookup lookup = (backboneId, textHash) -> {
      Map<String, float[]> vectors = byBackbone.get(backboneId);
      return vectors == null ? null : vectors.get(textHash);
    };
    return shared.with(lookup);
  }

  static float[] floats(List<Float> values) {
    float[] out = new float[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }
}
