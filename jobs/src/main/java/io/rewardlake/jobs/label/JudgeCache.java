package io.rewardlake.jobs.label;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;

import io.rewardlake.core.judge.ContentKey;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.schemas.JudgeCacheTable;
import io.rewardlake.schemas.PairsTable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The driver's side of the request cache ({@code judge_cache}). Executors spool every reply they receive to
 * {@code <lake>/_judge_spool/<run>/} the moment it arrives; the driver folds the spool into the table (insert by
 * request key) when a run starts, which recovers what a killed run paid for, and when its batches are done. Before
 * a batch is judged, each pair is given the cached replies filed under its content key ({@code JudgePartition}
 * answers matching requests from them).
 *
 * <p>Spool files of this run are deleted once folded; those of other runs only when untouched for an hour, since a
 * concurrent run may still be writing them (folding them twice is harmless: the insert is by key).
 */
final class JudgeCache {
  static final String SPOOL = LabelJob.REPLY_SPOOL;
  private static final long STALE_MILLIS = 3_600_000L;

  private final SparkSession spark;
  private final Lakehouse lake;
  private final String runId;
  private final String judgeId;

  private JudgeCache(SparkSession spark, Lakehouse lake, String runId, String judgeId) {
    this.spark = spark;
    this.lake = lake;
    this.runId = runId;
    this.judgeId = judgeId;
  }

  /** The cache of an http judge with judge.cache on; null otherwise. */
  static JudgeCache of(SparkSession spark, Lakehouse lake, LabelConfig config, String runId, String judgeId) {
    return config.cachesReplies() ? new JudgeCache(spark, lake, runId, judgeId) : null;
  }

  String spoolDir() {
    return lake.root() + "/" + SPOOL;
  }

  /** {@code pairs} with a {@code cached} column: the replies on file for each pair's content (null when none). */
  Dataset<Row> attach(Dataset<Row> pairs) {
    if (!lake.exists(JudgeCacheTable.CONTRACT)) {
      return pairs;
    }
    Dataset<Row> replies = lake.read(JudgeCacheTable.CONTRACT, "label")
        .filter(col(JudgeCacheTable.JUDGE_ID).equalTo(judgeId))
        .groupBy(col(JudgeCacheTable.CONTENT_KEY).as("cached_content_key"))
        .agg(collect_list(struct(col(JudgeCacheTable.REQUEST_KEY), col(JudgeCacheTable.LOGPROBS),
            col(JudgeCacheTable.TEXT), col(JudgeCacheTable.PROMPT_TOKENS), col(JudgeCacheTable.COMPLETION_TOKENS)))
            .as(io.rewardlake.spark.judge.JudgePartition.CACHED));
    return pairs.withColumn("content_key", contentKey())
        .join(replies, col("content_key").equalTo(col("cached_content_key")), "left")
        .drop("content_key", "cached_content_key");
  }

  /** The SQL twin of {@link ContentKey#of}. */
  static Column contentKey() {
    return sha2(concat_ws(ContentKey.SEPARATOR, coalesce(col(PairsTable.PROMPT), lit("")), col(PairsTable.CHOSEN),
        col(PairsTable.REJECTED)), 256);
  }

  /** Moves spooled replies into the table; returns the replies added. */
  long fold(Lineage lineage) {
    List<FileStatus> files = spooled();
    if (files.isEmpty()) {
      return 0;
    }
    // A concurrent run deletes its own spool files once it has committed them, possibly while this fold's commit is
    // retried after a conflict and reads the files again: a file gone missing is already in the table.
    Dataset<Row> replies = spark.read().schema(JudgeCacheTable.SCHEMA).option("ignoreMissingFiles", "true")
        .json(files.stream().map(file -> file.getPath().toString()).toArray(String[]::new))
        .filter(col(JudgeCacheTable.REQUEST_KEY).isNotNull())
        .dropDuplicates(JudgeCacheTable.REQUEST_KEY);
    long added = lake.insertMissing(JudgeCacheTable.CONTRACT, replies, List.of(JudgeCacheTable.REQUEST_KEY), lineage);
    deleteFolded(files);
    if (added > 0) {
      Progress.say("label", String.format(Locale.ROOT, "judge_cache: %,d new replies kept", added));
    }
    return added;
  }

  /**
   * The spool files of every run, one folder a run. Other runs delete their files while this lists them, so each
   * folder is listed on its own ({@code listStatus} skips names gone before their status is read; a recursive
   * {@code listFiles} fails on them) and a folder gone missing is taken as empty.
   */
  private List<FileStatus> spooled() {
    Path dir = new Path(spoolDir());
    List<FileStatus> files = new ArrayList<>();
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (FileStatus run : listed(fs, dir)) {
        if (run.isDirectory()) {
          for (FileStatus file : listed(fs, run.getPath())) {
            if (file.isFile() && file.getPath().getName().endsWith(".jsonl") && file.getLen() > 0) {
              files.add(file);
            }
          }
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the judge's reply spool " + dir, e);
    }
  }

  private static FileStatus[] listed(FileSystem fs, Path dir) throws IOException {
    try {
      return fs.listStatus(dir);
    } catch (FileNotFoundException e) {
      return new FileStatus[0];
    }
  }

  private void deleteFolded(List<FileStatus> files) {
    long now = System.currentTimeMillis();
    try {
      FileSystem fs = new Path(spoolDir()).getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (FileStatus file : files) {
        boolean ours = file.getPath().getParent().getName().equals(runId);
        if (ours || now - file.getModificationTime() > STALE_MILLIS) {
          fs.delete(file.getPath(), false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the judge's reply spool " + spoolDir(), e);
    }
  }
}
