package io.rewardlake.jobs.reward;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import io.rewardlake.jobs.Errors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The samples to score, as rows of {@code sample_id, prompt_id, prompt, response, quality}: from JSONL (the synthetic
 * candidates' layout, or any records with {@code prompt} and {@code response}) or Parquet. A missing sample id is
 * the hash of prompt and response; a missing prompt id the hash of the prompt, so candidates of one prompt group
 * together for best-of-N; quality is the ground truth when the file has it (null otherwise).
 */
public final class RewardInput {
  private RewardInput() {}

  public static Dataset<Row> read(SparkSession spark, String path) {
    return read(spark, path, "quality", false, "");
  }

  /**
   * The samples with their gold score from {@code goldTable} (JSONL, Parquet or a Delta table keyed like the
   * samples) when one is named, else from the samples' own gold column.
   */
  public static Dataset<Row> read(SparkSession spark, String path, String gold, boolean required, String goldTable) {
    if (goldTable.isBlank()) {
      return read(spark, path, gold, required);
    }
    Dataset<Row> scores = load(spark, goldTable);
    List<String> columns = Arrays.asList(scores.columns());
    if (!columns.contains(gold)) {
      throw new io.rewardlake.jobs.config.ConfigException("The gold table " + goldTable + " has no column '" + gold
          + "' (reward.gold); its columns: " + columns + ".");
    }
    boolean keyed = columns.stream().anyMatch(List.of("sample_id", "candidate_id", "id")::contains);
    if (!keyed && !(columns.contains("prompt") && columns.contains("response"))) {
      throw new io.rewardlake.jobs.config.ConfigException("The gold table " + goldTable + " has neither sample_id"
          + " (candidate_id, id) nor prompt and response to match the samples by; its columns: " + columns + ".");
    }
    // The same sample id the samples get, then one score per sample (the mean if a sample is scored twice).
    Column prompt = columns.contains("prompt") ? coalesce(col("prompt"), lit("")) : lit("");
    Dataset<Row> byId = scores.select(sampleId(columns, prompt).as("gold_sample_id"), col(gold).cast(DataTypes.DoubleType).as("gold_value"))
        .groupBy("gold_sample_id").agg(avg("gold_value").as("gold_value"));
    Dataset<Row> samples = read(spark, path, gold, false);
    return samples.join(byId, samples.col("sample_id").equalTo(byId.col("gold_sample_id")), "left")
        .select(col("sample_id"), col("prompt_id"), col("prompt"), col("response"), col("gold_value").as("quality"));
  }

  /**
   * The samples, with the gold column's values as {@code quality}; a gold column the user named that the file does
   * not have is an error listing the columns it has.
   */
  public static Dataset<Row> read(SparkSession spark, String path, String gold, boolean required) {
    Dataset<Row> raw = isParquet(path) ? spark.read().parquet(path) : spark.read().json(path);
    List<String> columns = Arrays.asList(raw.columns());
    if (!columns.contains("prompt") || !columns.contains("response")) {
      throw Errors.missingSampleColumns(path, columns);
    }
    if (required && !columns.contains(gold)) {
      throw new io.rewardlake.jobs.config.ConfigException("The samples in " + path + " have no gold column '" + gold
          + "' (reward.gold); their columns: " + columns + ".");
    }
    Column prompt = coalesce(col("prompt"), lit(""));
    return raw.filter(col("response").isNotNull()).select(sampleId(columns, prompt).as("sample_id"),
        firstOf(columns, List.of("prompt_id"), sha2(prompt, 256)).as("prompt_id"),
        prompt.as("prompt"), col("response"),
        (columns.contains(gold) ? col(gold).cast(DataTypes.DoubleType) : lit(null).cast(DataTypes.DoubleType))
            .as("quality"));
  }

  /** The sample's own id ({@code sample_id}, {@code candidate_id} or {@code id}), else a hash of prompt and response. */
  private static Column sampleId(List<String> columns, Column prompt) {
    Column hash = columns.contains("response") ? sha2(concat_ws("\u0000", prompt, col("response")), 256)
        : lit(null).cast(DataTypes.StringType);
    return firstOf(columns, List.of("sample_id", "candidate_id", "id"), hash);
  }

  /** A Delta table when the path holds a transaction log, else Parquet or JSONL as for the samples. */
  private static Dataset<Row> load(SparkSession spark, String path) {
    try {
      org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(path, "_delta_log");
      if (log.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(log)) {
        return spark.read().format("delta").load(path);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot read the gold table " + path + ": " + e.getMessage(), e);
    }
    return isParquet(path) ? spark.read().parquet(path) : spark.read().json(path);
  }

  private static Column firstOf(List<String> columns, List<String> names, Column fallback) {
    List<Column> candidates = new ArrayList<>();
    for (String name : names) {
      if (columns.contains(name)) {
        candidates.add(col(name).cast(DataTypes.StringType));
      }
    }
    candidates.add(fallback);
    return coalesce(candidates.toArray(Column[]::new));
  }

  private static boolean isParquet(String path) {
    return path.endsWith(".parquet") || !path.contains(".");
  }
}
