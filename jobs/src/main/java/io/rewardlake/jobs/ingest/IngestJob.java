package io.rewardlake.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.ShardCount;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.AnnotationsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.RejectsTable;
import io.rewardlake.spark.ingest.StagingRows;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code ingest}: input files → {@code pairs} + {@code rejects}.
 *
 * <p>Each table is written in one Delta commit; pairs first. A crash before the pairs commit leaves both tables as
 * they were; a crash between the commits is repaired by re-running in merge mode (the pairs are then "already in
 * lake" and the rejects of the source are replaced).
 */
public final class IngestJob {
  private static final String STAGE = "ingest";
  private static final String FRESH = "_fresh";

  private IngestJob() {}

  public static IngestSummary run(SparkSession spark, IngestConfig config, RunContext run) {
    long start = System.nanoTime();
    Lakehouse lake = new Lakehouse(spark, config.lake());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    InputCheck check = InputCheck.of(InputFiles.expand(config.inputs(), conf), InputFiles.named(config.inputs(), conf),
        config.format(), conf);
    List<FileStatus> files = check.read();
    Progress.say(STAGE, "reading " + files.size() + " " + config.format() + " file(s) as source '"
        + config.rules().sourceName() + "'");
    spark.sparkContext().setJobGroup(STAGE, "ingest: parse " + config.format() + " records", false);
    Dataset<Row> staging = readable(() -> Staging.of(spark, config, files), files, conf)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Lineage lineage = new Lineage(run, InputFiles.describe(files), Map.of());
      Counts counts = readable(() -> Counts.of(staging), files, conf);
      Progress.say(STAGE, String.format(java.util.Locale.ROOT, "%,d records: %,d accepted, %,d rejected",
          counts.records(), counts.accepted(), counts.rejected()));
      Deduplicated unique = Deduplicated.of(staging);
      try {
        PairsWritten written = writePairs(spark, lake, config, staging, unique, lineage, counts.accepted());
        writeRejects(lake, config, staging, lineage);
        Progress.say(STAGE, "wrote rejects to " + lake.path(RejectsTable.CONTRACT));
        List<String> notes = IngestNotes.of(check, unique.pairs(), config.rules().heldOut().fraction() > 0);
        return summary(config, lake, files, counts, unique, written, notes, start);
      } finally {
        unique.release();
      }
    } finally {
      staging.unpersist();
      spark.sparkContext().clearJobGroup();
    }
  }

  /** What the pairs write did: new pairs, pairs already in the lake relabelled, and the label counts. */
  private record PairsWritten(long added, long relabelled, LabelCounts labels) {}

  /**
   * Annotations first, then pairs, each one commit: a crash between them leaves annotations a re-run finds already
   * written (merge mode adds only missing ones), and the pairs are computed from the table either way.
   */
  private static PairsWritten writePairs(SparkSession spark, Lakehouse lake, IngestConfig config,
                                         Dataset<Row> staging, Deduplicated unique, Lineage lineage, long accepted) {
    spark.sparkContext().setJobGroup(STAGE, "ingest: write annotations", false);
    String runId = lineage.run().runId();
    Dataset<Row> batch = Annotations.ofBatch(staging.filter(col(StagingRows.STATUS).equalTo(StagingRows.ACCEPTED)),
        runId);
    Dataset<Row> labels = Annotations.write(lake, config.merge(), batch, lineage);
    Progress.say(STAGE, "wrote annotations to " + lake.path(AnnotationsTable.CONTRACT));
    Dataset<Row> consensus = PairLabels.consensus(labels).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      spark.sparkContext().setJobGroup(STAGE, "ingest: write pairs", false);
      Dataset<Row> firsts = unique.pairs().withColumn(PairsTable.RUN_ID, lit(runId));
      int partitions = config.partitions() > 0 ? config.partitions()
          : ShardCount.of(accepted, config.pairsPerShard(), spark.sparkContext().defaultParallelism());
      Progress.say(STAGE, "writing pairs to " + lake.path(PairsTable.CONTRACT) + " in " + partitions + " shard(s)");
      long added;
      long relabelled = 0;
      if (config.merge() && lake.exists(PairsTable.CONTRACT)) {
        Dataset<Row> existing = lake.read(PairsTable.CONTRACT, STAGE);
        Dataset<Row> fresh = PairLabels.apply(firsts.join(existing.select(PairsTable.PAIR_ID), PairsTable.PAIR_ID,
            "left_anti"), col(StagingRows.CHOSEN_FIRST), consensus);
        Dataset<Row> changed = PairLabels.changed(existing, consensus);
        // computed once: counted here, then merged
        Dataset<Row> upserts = fresh.withColumn(FRESH, lit(true)).unionByName(changed.withColumn(FRESH, lit(false)))
            .persist(StorageLevel.MEMORY_AND_DISK());
        try {
          Row counts = upserts.agg(count(lit(1)), count(when(col(FRESH), 1))).first();
          added = counts.getLong(1);
          // a re-run with nothing new makes no commit, so the table stays at its version
          if (counts.getLong(0) > 0) {
            relabelled = lake.merge(PairsTable.CONTRACT, upserts.drop(FRESH)
                .repartition(partitions, col(PairsTable.PAIR_ID)), List.of(PairsTable.PAIR_ID), lineage) - added;
          }
        } finally {
          upserts.unpersist();
        }
      } else {
        Dataset<Row> rows = PairLabels.apply(firsts, col(StagingRows.CHOSEN_FIRST), consensus)
            .repartition(partitions, col(PairsTable.PAIR_ID));
        added = lake.write(PairsTable.CONTRACT, rows, config.pairsWriteMode(), lineage);
      }
      return new PairsWritten(added, relabelled, PairLabels.counts(consensus));
    } finally {
      consensus.unpersist();
    }
  }

  private static void writeRejects(Lakehouse lake, IngestConfig config, Dataset<Row> staging, Lineage lineage) {
    Dataset<Row> rejects = staging.filter(col(StagingRows.STATUS).equalTo(StagingRows.REJECTED))
        .withColumn(RejectsTable.SOURCE, lit(config.rules().sourceName()))
        .withColumn(RejectsTable.RUN_ID, lit(lineage.run().runId()))
        .select(columns(RejectsTable.CONTRACT.columns()))
        .coalesce(1);
    if (config.merge()) {
      lake.replaceWhere(RejectsTable.CONTRACT, rejects,
          RejectsTable.SOURCE + " = '" + config.rules().sourceName().replace("'", "''") + "'", lineage);
    } else {
      lake.write(RejectsTable.CONTRACT, rejects, WriteMode.OVERWRITE, lineage);
    }
  }

  private static IngestSummary summary(IngestConfig config, Lakehouse lake, List<FileStatus> files, Counts counts,
                                       Deduplicated unique, PairsWritten written, List<String> notes, long start) {
    long repeats = unique.repeats();
    long alreadyInLake = counts.accepted() - repeats - written.added();
    return new IngestSummary(config.rules().sourceName(), files.size(), counts.records(), written.added(),
        alreadyInLake, repeats, written.relabelled(), written.labels().severalLabels(),
        written.labels().disagreeing(), counts.rejected(), counts.rejectedByReason(), counts.blank(),
        lake.version(PairsTable.CONTRACT), lake.path(PairsTable.CONTRACT), lake.path(RejectsTable.CONTRACT), notes,
        (System.nanoTime() - start) / 1e9);
  }

  /**
   * Runs the first Spark action over the inputs; when it fails reading a compressed file, the failure becomes an
   * error naming the file and where the damage starts (nothing has been written yet).
   */
  private static <T> T readable(java.util.function.Supplier<T> action, List<FileStatus> files, Configuration conf) {
    try {
      return action.get();
    } catch (Exception e) { // SparkException is checked in Java's eyes but thrown from Scala unannounced
      RuntimeException located = damagedStream(e) ? InputCheck.locateDamage(files, conf) : null;
      if (located != null) {
        throw located;
      }
      throw IngestJob.<RuntimeException>sneaky(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> E sneaky(Exception e) throws E {
    throw (E) e;
  }

  private static boolean damagedStream(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (t instanceof java.io.EOFException || t instanceof java.util.zip.ZipException
          || message.contains("EOFException") || message.contains("ZipException")) {
        return true;
      }
    }
    return false;
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }
}
