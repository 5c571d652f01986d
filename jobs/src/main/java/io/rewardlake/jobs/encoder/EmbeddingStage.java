package io.rewardlake.jobs.encoder;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;

import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.EmbeddingsTable;
import io.rewardlake.spark.encoder.BackboneHandle;
import io.rewardlake.spark.encoder.EmbeddingColumns;
import io.rewardlake.spark.encoder.EmbedPartition;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Makes sure the {@code embeddings} table holds every text a job needs for one backbone: texts are keyed by the
 * SHA-256 of what the backbone reads (role prefix included), only those not yet in the table are embedded (on the
 * executors, each loading the backbone once), and the new rows are appended in one Delta commit, so a crash leaves
 * the table at its previous version and a re-run embeds only what is still missing.
 */
public final class EmbeddingStage {
  /** Texts per batch for jobs that embed only what an earlier train missed (vote, reward). */
  public static final int DEFAULT_BATCH = io.rewardlake.jobs.config.ConfigKeys.EMBED_BATCH_SIZE.defaultValue();
  /** Texts per embedding task: small enough that progress moves and a straggler is short. */
  static final int TEXTS_PER_TASK = 2_000;

  private final SparkSession spark;
  private final Lakehouse lake;
  private final RunContext run;
  private final int batchSize;

  public EmbeddingStage(SparkSession spark, Lakehouse lake, RunContext run, int batchSize) {
    this.spark = spark;
    this.lake = lake;
    this.run = run;
    this.batchSize = batchSize;
  }

  /**
   * What one backbone's embedding run did.
   *
   * @param texts distinct texts the job needs
   * @param embedded texts embedded now
   * @param dimension embedding size
   */
  public record Result(String backboneId, long texts, long embedded, int dimension, double seconds) {
    public long reused() {
      return texts - embedded;
    }
  }

  /** The backbone's settings, read on the driver: a wrong directory fails here, before any Spark work. */
  public BackboneHandle backbone(String location) {
    try {
      return BackboneHandle.of(spark, location);
    } catch (IOException e) {
      throw Errors.unreadableBackbone(location, e);
    }
  }

  /** The prompt column as {@code backbone} reads it. */
  public static Column promptText(BackboneHandle backbone, Column prompt) {
    return org.apache.spark.sql.functions.concat(lit(backbone.spec().promptPrefix()), prompt);
  }

  /** A response column as {@code backbone} reads it. */
  public static Column responseText(BackboneHandle backbone, Column response) {
    return org.apache.spark.sql.functions.concat(lit(backbone.spec().responsePrefix()), response);
  }

  /** The key of a text column in the table. */
  public static Column hash(Column text) {
    return sha2(text, 256);
  }

  /**
   * Embeds the texts of {@code texts} (one string column {@code text}, as the backbone reads them) that the table
   * lacks for this backbone.
   */
  public Result ensure(BackboneHandle backbone, Dataset<Row> texts, String stage) {
    long start = System.nanoTime();
    String id = backbone.spec().modelId();
    Dataset<Row> wanted = texts.select(hash(col(EmbedPartition.TEXT)).as(EmbedPartition.TEXT_HASH),
        col(EmbedPartition.TEXT)).dropDuplicates(EmbedPartition.TEXT_HASH).cache();
    try {
      spark.sparkContext().setJobGroup(stage, stage + ": find texts not yet embedded by " + id, false);
      Dataset<Row> missing = lake.exists(EmbeddingsTable.CONTRACT)
          ? wanted.join(keys(id), EmbedPartition.TEXT_HASH, "left_anti") : wanted;
      long needed = wanted.count();
      long toEmbed = missing.count();
      Progress.say(stage, String.format(Locale.ROOT, "%s: %,d distinct texts, %,d already embedded, %,d to embed",
          id, needed, needed - toEmbed, toEmbed));
      if (toEmbed > 0) {
        spark.sparkContext().setJobGroup(stage, stage + ": embed " + toEmbed + " texts with " + id, false);
        int tasks = tasks(spark.sparkContext().defaultParallelism(), toEmbed);
        JavaRDD<Row> rows = missing.repartition(tasks).javaRDD()
            .mapPartitions(new EmbedPartition(backbone, batchSize, run.runId()));
        lake.write(EmbeddingsTable.CONTRACT, spark.createDataFrame(rows, EmbeddingsTable.SCHEMA), WriteMode.APPEND,
            new Lineage(run, List.of(), Map.of()));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      int dimension = dimension(id);
      if (toEmbed > 0) {
        Progress.say(stage, String.format(Locale.ROOT, "%s: embedded %,d texts in %.1f s (%.0f texts/s), %d dimensions",
            id, toEmbed, seconds, toEmbed / seconds, dimension));
      }
      return new Result(id, needed, toEmbed, dimension, seconds);
    } finally {
      wanted.unpersist(false);
      spark.sparkContext().clearJobGroup();
    }
  }

  /** Embedding tasks for {@code texts}: every core busy, and no task longer than {@link #TEXTS_PER_TASK} texts. */
  public static int tasks(int parallelism, long texts) {
    return (int) Math.max(parallelism, Math.min(10_000, (texts + TEXTS_PER_TASK - 1) / TEXTS_PER_TASK));
  }

  /** A text column of a job's rows that carries an embedding: its role name, column, and whether it is a prompt. */
  public record Role(String name, String column, boolean prompt) {}

  /**
   * Makes sure every text of {@code roles} is embedded by {@code backbone}, then attaches their hashes and
   * embeddings as columns {@link EmbeddingColumns#key} and {@link EmbeddingColumns#vector} (for backbone index b).
   */
  public Dataset<Row> attach(Dataset<Row> rows, BackboneHandle backbone, int b, List<Role> roles, String stage) {
    Dataset<Row> texts = null;
    for (Role role : roles) {
      Dataset<Row> side = rows.select(text(backbone, role).as(EmbedPartition.TEXT));
      texts = texts == null ? side : texts.union(side);
    }
    ensure(backbone, texts.filter(col(EmbedPartition.TEXT).isNotNull()), stage);
    Dataset<Row> vectors = vectors(backbone.spec().modelId());
    Dataset<Row> out = rows;
    for (Role role : roles) {
      String key = EmbeddingColumns.key(role.name(), b);
      Dataset<Row> named = vectors.select(col(EmbeddingsTable.TEXT_HASH).as(key),
          col(EmbeddingsTable.EMBEDDING).as(EmbeddingColumns.vector(role.name(), b)));
      out = out.withColumn(key, hash(text(backbone, role))).join(named, key, "left");
    }
    return out;
  }

  private static Column text(BackboneHandle backbone, Role role) {
    return role.prompt() ? promptText(backbone, col(role.column())) : responseText(backbone, col(role.column()));
  }

  /** The backbone's rows, one per text (appends never duplicate a key, but a concurrent run could). */
  public Dataset<Row> vectors(String backboneId) {
    return lake.read(EmbeddingsTable.CONTRACT, "train --family encoder")
        .filter(col(EmbeddingsTable.BACKBONE_ID).equalTo(backboneId))
        .select(col(EmbeddingsTable.TEXT_HASH), col(EmbeddingsTable.EMBEDDING))
        .dropDuplicates(EmbeddingsTable.TEXT_HASH);
  }

  private Dataset<Row> keys(String backboneId) {
    return lake.read(EmbeddingsTable.CONTRACT, "train --family encoder")
        .filter(col(EmbeddingsTable.BACKBONE_ID).equalTo(backboneId)).select(col(EmbeddingsTable.TEXT_HASH));
  }

  /** The size of the backbone's stored embeddings (0 when it has none). */
  public int dimension(String backboneId) {
    if (!lake.exists(EmbeddingsTable.CONTRACT)) {
      return 0;
    }
    List<Row> first = lake.read(EmbeddingsTable.CONTRACT, "train --family encoder")
        .filter(col(EmbeddingsTable.BACKBONE_ID).equalTo(backboneId))
        .select(size(col(EmbeddingsTable.EMBEDDING))).limit(1).collectAsList();
    return first.isEmpty() ? 0 : first.get(0).getInt(0);
  }
}
