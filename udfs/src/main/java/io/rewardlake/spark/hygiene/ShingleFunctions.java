package io.rewardlake.spark.hygiene;

import io.rewardlake.core.hygiene.Bands;
import io.rewardlake.core.hygiene.Shingles;
import java.util.Arrays;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.Seq;

/** Column functions over {@link Shingles} and {@link Bands}, for near-duplicate detection in Spark. */
public final class ShingleFunctions {
  private static final DataType INDICES = DataTypes.createArrayType(DataTypes.IntegerType, false);
  private static final DataType KEYS = DataTypes.createArrayType(DataTypes.LongType, false);

  private ShingleFunctions() {}

  /** The text's sorted distinct shingle indices (array of int). */
  public static Column indices(Column text, int n) {
    return functions.udf((UDF1<String, int[]>) value -> Shingles.of(value, n), INDICES).asNonNullable().apply(text);
  }

  /** A pair's sorted distinct shingle indices, its prompt's and both responses' (array of int). */
  public static Column pairIndices(Column prompt, Column first, Column second, int n) {
    return functions.udf((UDF3<String, String, String, int[]>) (p, a, b) -> Shingles.ofPair(p, a, b, n), INDICES)
        .asNonNullable().apply(prompt, first, second);
  }

  /** The shingle indices as a binary sparse vector, MinHash's input. */
  public static Column vector(Column indices) {
    return functions.udf((UDF1<Seq<Object>, Vector>) seq -> {
      int[] at = ints(seq);
      double[] ones = new double[at.length];
      Arrays.fill(ones, 1.0);
      return Vectors.sparse(Shingles.DIMENSION, at, ones);
    }, SQLDataTypes.VectorType()).asNonNullable().apply(indices);
  }

  /** {@link Shingles#similarity} of two texts given as arrays of shingle index arrays (one or three parts). */
  public static Column similarity(Column a, Column b) {
    return functions.udf((UDF2<Seq<Seq<Object>>, Seq<Seq<Object>>, Double>) (x, y) ->
        Shingles.similarity(parts(x), parts(y)), DataTypes.DoubleType).asNonNullable().apply(a, b);
  }

  /** The 64-bit key of the text's normalised words. */
  public static Column textKey(Column text) {
    return functions.udf((UDF1<String, Long>) Shingles::textKey, DataTypes.LongType).asNonNullable().apply(text);
  }

  /** The 64-bit key of a pair's normalised texts, whichever response comes first. */
  public static Column pairKey(Column prompt, Column first, Column second) {
    return functions.udf((UDF3<String, String, String, Long>) Shingles::pairKey, DataTypes.LongType).asNonNullable()
        .apply(prompt, first, second);
  }

  /** The band bucket keys of a MinHash signature given as MLlib's array of one-value vectors (array of bigint). */
  public static Column bandKeys(Column signature, int bands, int rows) {
    return functions.udf((UDF1<Seq<Vector>, long[]>) seq -> {
      double[] values = new double[seq.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = seq.apply(i).apply(0);
      }
      return Bands.keys(values, bands, rows);
    }, KEYS).asNonNullable().apply(signature);
  }

  private static int[][] parts(Seq<Seq<Object>> seq) {
    int[][] parts = new int[seq.length()][];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = ints(seq.apply(i));
    }
    return parts;
  }

  private static int[] ints(Seq<Object> seq) {
    int[] values = new int[seq.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (Integer) seq.apply(i);
    }
    return values;
  }
}
