package io.rewardlake.spark.hygiene;

import io.rewardlake.core.hygiene.WordNGrams;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/** Column functions over {@link WordNGrams}, for comparing prompts by word n-grams in Spark. */
public final class NGramFunctions {
  private NGramFunctions() {}

  /** The distinct hashes of the text's {@code n}-word grams (array of bigint). */
  public static Column hashes(Column text, int n) {
    return functions.udf((UDF1<String, long[]>) value -> value == null ? new long[0] : WordNGrams.hashes(value, n),
        DataTypes.createArrayType(DataTypes.LongType, false)).asNonNullable().apply(text);
  }

  /** The words of the text's first {@code n}-word gram with the given hash, or null. */
  public static Column withHash(Column text, int n, Column hash) {
    return functions.udf((UDF2<String, Long, String>) (value, h) -> value == null || h == null ? null
        : WordNGrams.withHash(value, n, h), DataTypes.StringType).apply(text, hash);
  }
}
