package io.rewardlake.spark.encoder;

import io.rewardlake.core.encoder.PairFeatures;
import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.repr.SidedPair;
import io.rewardlake.core.train.PairHash;
import io.rewardlake.core.train.TrainingExample;
import io.rewardlake.spark.LazyMap;
import io.rewardlake.spark.train.PairFacts;
import io.rewardlake.spark.train.TrainingRows;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Training rows joined with their embeddings (for backbone b: columns {@link #prompt}(b), {@link #chosen}(b),
 * {@link #rejected}(b)) become training examples over the concatenated head inputs of all backbones: backbone b's
 * {@link PairFeatures} occupy {@code [offset_b, offset_b + 2·dim_b)}. A member trained over one backbone keeps zero
 * weights outside its block (see the encoder trainer), so concatenation costs nothing in exactness.
 */
public final class EmbeddedPairs implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int[] dimensions;
  private final PairFacts facts;

  /**
   * @param dimensions embedding size of each backbone, in column order
   */
  public EmbeddedPairs(int[] dimensions, PairFacts facts) {
    this.dimensions = dimensions.clone();
    this.facts = facts;
  }

  public static String prompt(int backbone) {
    return EmbeddingColumns.vector("prompt", backbone);
  }

  public static String chosen(int backbone) {
    return EmbeddingColumns.vector("chosen", backbone);
  }

  public static String rejected(int backbone) {
    return EmbeddingColumns.vector("rejected", backbone);
  }

  /** Where backbone b's head inputs start in the concatenated vector; entry B is the total. */
  public static int[] offsets(int[] dimensions) {
    int[] offsets = new int[dimensions.length + 1];
    for (int b = 0; b < dimensions.length; b++) {
      offsets[b + 1] = offsets[b] + PairFeatures.size(dimensions[b]);
    }
    return offsets;
  }

  /** Examples whose features are f(x, chosen) − f(x, rejected) (linear heads). */
  public FlatMapFunction<Iterator<Row>, TrainingExample> differences() {
    return rows -> LazyMap.map(rows, row -> facts.example(row, PairFeatures.dense(side(row, 1, -1))));
  }

  /** Examples with both sides' features (hidden-layer heads). */
  public FlatMapFunction<Iterator<Row>, SidedPair> sides() {
    return rows -> LazyMap.map(rows, row -> {
      TrainingExample example = facts.example(row, SparseFeatures.empty());
      return new SidedPair(PairHash.of(example.pairId()), PairFeatures.dense(side(row, 1, 0)),
          PairFeatures.dense(side(row, 0, 1)), example);
    });
  }

  /** {@code chosenSign · f(x, chosen) + rejectedSign · f(x, rejected)}, over all backbones. */
  private float[] side(Row row, int chosenSign, int rejectedSign) {
    int[] offsets = offsets(dimensions);
    float[] out = new float[offsets[dimensions.length]];
    for (int b = 0; b < dimensions.length; b++) {
      float[] prompt = vector(row, prompt(b), dimensions[b]);
      if (chosenSign != 0) {
        PairFeatures.write(prompt, vector(row, chosen(b), dimensions[b]), chosenSign, out, offsets[b]);
      }
      if (rejectedSign != 0) {
        PairFeatures.write(prompt, vector(row, rejected(b), dimensions[b]), rejectedSign, out, offsets[b]);
      }
    }
    return out;
  }

  private static float[] vector(Row row, String column, int dimension) {
    List<Float> values = row.getList(row.fieldIndex(column));
    if (values == null || values.size() != dimension) {
      throw new IllegalStateException("embedding " + column + " of pair " + row.getAs(TrainingRows.PAIR_ID) + " has "
          + (values == null ? "no" : values.size()) + " values, its backbone " + dimension);
    }
    return EmbeddingColumns.floats(values);
  }
}
