package io.rewardlake.jobs.decontaminate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.rewardlake.jobs.Errors;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * A benchmark file's prompts as one string column, {@link #PROMPT}, read by Spark (so 10^5 prompts never pass through
 * the driver). The format follows the extension; JSON lines and Parquet take the first of {@link #FIELDS} they have,
 * and an array field (MT-Bench's {@code turns}) gives one prompt per element.
 */
final class BenchmarkPrompts {
  static final String PROMPT = "prompt";
  static final List<String> FIELDS = List.of("prompt", "instruction", "question", "turns", "text");

  private BenchmarkPrompts() {}

  static Dataset<Row> read(SparkSession spark, Benchmark benchmark) {
    String format = format(benchmark.path());
    Dataset<Row> raw = load(spark, benchmark, format);
    if (format.equals("text")) {
      return raw.select(col("value").as(PROMPT));
    }
    List<String> columns = Arrays.asList(raw.columns());
    if (columns.contains("_corrupt_record")) {
      throw Errors.badBenchmark(benchmark.path(), "some lines are not JSON objects");
    }
    String field = FIELDS.stream().filter(columns::contains).findFirst().orElseThrow(() ->
        Errors.badBenchmark(benchmark.path(), "no field " + FIELDS + " among its fields " + columns));
    DataType type = raw.schema().apply(field).dataType();
    if (type instanceof ArrayType array && array.elementType().equals(DataTypes.StringType)) {
      return raw.select(explode(col(field)).as(PROMPT));
    }
    if (!type.equals(DataTypes.StringType)) {
      throw Errors.badBenchmark(benchmark.path(), "field '" + field + "' is " + type.simpleString()
          + ", not text or a list of texts");
    }
    return raw.select(col(field).as(PROMPT));
  }

  private static Dataset<Row> load(SparkSession spark, Benchmark benchmark, String format) {
    try {
      return switch (format) {
        case "parquet" -> spark.read().parquet(benchmark.path());
        case "json" -> spark.read().json(benchmark.path());
        default -> spark.read().text(benchmark.path());
      };
    } catch (Exception e) { // Spark's AnalysisException (checked in Java's eyes): path missing, not Parquet, ...
      throw Errors.badBenchmark(benchmark.path(), e.getMessage().lines().findFirst().orElse(e.toString()));
    }
  }

  static String format(String path) {
    String name = path.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2)$", "");
    if (name.endsWith(".parquet")) {
      return "parquet";
    }
    if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
      return "json";
    }
    if (name.endsWith(".txt")) {
      return "text";
    }
    throw Errors.badBenchmark(path, "its extension says neither JSON lines, Parquet nor text");
  }
}
