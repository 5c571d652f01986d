package io.rewardlake.jobs.lake;

import io.delta.tables.DeltaTable;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.schemas.SchemaMismatchException;
import io.rewardlake.schemas.TableContract;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaConcurrentModificationException;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Delta tables under one lake root ({@code <root>/<table name>}). Tables are created from their contracts before
 * the first write, so declared NOT NULL columns and properties hold; every write is a single Delta commit whose user
 * metadata is the run's {@link Lineage}, so a failed run leaves the table at its previous version.
 */
public final class Lakehouse {
  private static final String COMMIT_METADATA = "spark.databricks.delta.commitInfo.userMetadata";
  /** Tries of one commit that other jobs' commits keep refusing, before the job gives up. */
  static final int COMMIT_ATTEMPTS = 4;
  private final SparkSession spark;
  private final String root;

  public Lakehouse(SparkSession spark, String root) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.root = stripTrailingSlash(Objects.requireNonNull(root, "root"));
  }

  public String root() {
    return root;
  }

  public String path(TableContract table) {
    return root + "/" + table.name();
  }

  /** Whether the table has a Delta log with a commit (a listing of its log, no Spark job). */
  public boolean exists(TableContract table) {
    return CommitLog.latestVersion(spark.sparkContext().hadoopConfiguration(), path(table)) >= 0;
  }

  /** The table's rows, after checking its schema against the contract. */
  public Dataset<Row> read(TableContract table, String producingStage) {
    if (!exists(table)) {
      throw Errors.missingTable(table.name(), path(table), producingStage);
    }
    Dataset<Row> rows = spark.read().format("delta").load(path(table));
    // Columns the contract gained after this table was written read as null until the next write adds them.
    for (StructField added : addedColumns(table, rows.schema())) {
      rows = rows.withColumn(added.name(), org.apache.spark.sql.functions.lit(null).cast(added.dataType()));
    }
    requireConforms(table, rows);
    return rows;
  }

  /**
   * Nullable contract columns the table lacks: columns a later release added to the contract. Tables evolve to gain
   * them (readers see null, the next write adds them in a metadata commit); a missing required column is drift.
   */
  private static List<StructField> addedColumns(TableContract table, StructType actual) {
    java.util.Set<String> present = java.util.Set.of(actual.fieldNames());
    return java.util.Arrays.stream(table.schema().fields())
        .filter(field -> field.nullable() && !present.contains(field.name())).toList();
  }

  /** Current Delta version of the table, or -1 when it does not exist. */
  public long version(TableContract table) {
    return CommitLog.latestVersion(spark.sparkContext().hadoopConfiguration(), path(table));
  }

  /**
   * Writes {@code rows} (exactly the contract's columns) in one commit carrying {@code lineage}; returns the rows the
   * commit wrote (0 when Delta made no commit, as for an empty append).
   */
  public long write(TableContract table, Dataset<Row> rows, WriteMode mode, Lineage lineage) {
    return commit(table, rows, mode == WriteMode.APPEND ? "append" : "overwrite", Map.of(), lineage);
  }

  /** Replaces the rows matching {@code predicate} (a SQL condition) with {@code rows}, in one commit. */
  public long replaceWhere(TableContract table, Dataset<Row> rows, String predicate, Lineage lineage) {
    return commit(table, rows, "overwrite", Map.of("replaceWhere", predicate), lineage);
  }

  /**
   * Upserts {@code rows} by {@code keys} in one commit: rows whose keys exist replace them, the others are added.
   * Returns the rows inserted plus updated. {@code rows} must hold each key once.
   */
  public long merge(TableContract table, Dataset<Row> rows, List<String> keys, Lineage lineage) {
    table.requireExactly(rows.schema());
    ensureTable(table);
    String condition = keys.stream().map(key -> "t." + key + " = s." + key).collect(Collectors.joining(" AND "));
    // MERGE has no userMetadata option; the session setting is the documented way to attach commit metadata.
    spark.conf().set(COMMIT_METADATA, lineage.toJson());
    try {
      retryingConflicts(table, () -> DeltaTable.forPath(spark, path(table)).as("t").merge(rows.as("s"), condition)
          .whenMatched().updateAll().whenNotMatched().insertAll().execute());
    } finally {
      spark.conf().unset(COMMIT_METADATA);
    }
    CommitLog.Commit last = lastCommit(table);
    return last.metric("numTargetRowsInserted") + last.metric("numTargetRowsUpdated");
  }

  /**
   * Adds the {@code rows} whose keys the table lacks, in one commit (MERGE with an insert clause only); rows whose keys
   * exist are left as they are. Returns the rows inserted. {@code rows} must hold each key once.
   */
  public long insertMissing(TableContract table, Dataset<Row> rows, List<String> keys, Lineage lineage) {
    table.requireExactly(rows.schema());
    if (!exists(table)) {
      // Nothing to match against: a plain append is the same commit without MERGE's join.
      return write(table, rows, WriteMode.APPEND, lineage);
    }
    ensureTable(table);
    String condition = keys.stream().map(key -> "t." + key + " = s." + key).collect(Collectors.joining(" AND "));
    spark.conf().set(COMMIT_METADATA, lineage.toJson());
    long before = version(table);
    try {
      retryingConflicts(table, () -> DeltaTable.forPath(spark, path(table)).as("t").merge(rows.as("s"), condition)
          .whenNotMatched().insertAll().execute());
    } finally {
      spark.conf().unset(COMMIT_METADATA);
    }
    CommitLog.Commit last = lastCommit(table);
    return last.version() > before ? last.metric("numTargetRowsInserted") : 0;
  }

  /**
   * Runs a commit again when Delta refuses it because another job committed to the table in between (two label runs
   * of different judges, say): Delta's optimistic concurrency leaves nothing of the refused commit behind, and every
   * RewardLake write is by key, overwrite or append of rows this run owns, so trying again is safe. After
   * {@link #COMMIT_ATTEMPTS} refusals the job stops with what to do.
   */
  void retryingConflicts(TableContract table, Runnable commit) {
    for (int attempt = 1; ; attempt++) {
      try {
        commit.run();
        return;
      } catch (RuntimeException e) {
        if (!(e instanceof DeltaConcurrentModificationException)) {
          throw e;
        }
        if (attempt == COMMIT_ATTEMPTS) {
          throw Errors.concurrentWrites(table.name(), path(table), attempt, e);
        }
        Progress.say("lake", "another job committed to " + table.name() + " first (" + e.getClass().getSimpleName()
            + "); committing again (" + (attempt + 1) + "/" + COMMIT_ATTEMPTS + ")");
      }
    }
  }

  /** The Delta commit user metadata of the table's latest version (for tests and reports). */
  public String lastCommitMetadata(TableContract table) {
    return lastCommit(table).userMetadata();
  }

  private long commit(TableContract table, Dataset<Row> rows, String saveMode, Map<String, String> options,
                      Lineage lineage) {
    table.requireExactly(rows.schema());
    ensureTable(table);
    long before = version(table);
    retryingConflicts(table, () -> rows.select(table.columns().stream().map(rows::col)
            .toArray(org.apache.spark.sql.Column[]::new))
        .write().format("delta")
        .mode(saveMode)
        .options(options)
        .option("userMetadata", lineage.toJson())
        .save(path(table)));
    CommitLog.Commit last = lastCommit(table);
    return last.version() > before ? last.metric("numOutputRows") : 0;
  }

  private CommitLog.Commit lastCommit(TableContract table) {
    return CommitLog.latest(spark.sparkContext().hadoopConfiguration(), path(table));
  }

  /** Creates the table from its contract if missing; checks the schema if present. */
  void ensureTable(TableContract table) {
    if (exists(table)) {
      StructType actual = spark.read().format("delta").load(path(table)).schema();
      List<StructField> added = addedColumns(table, actual);
      if (!added.isEmpty()) {
        addColumns(table, added);
        actual = spark.read().format("delta").load(path(table)).schema();
      }
      requireConforms(table, actual);
      return;
    }
    requireNoStrayFolder(table);
    var builder = DeltaTable.createIfNotExists(spark).location(path(table));
    for (StructField field : table.schema().fields()) {
      builder = builder.addColumn(field);
    }
    for (Map.Entry<String, String> property : table.properties().entrySet()) {
      builder = builder.property(property.getKey(), property.getValue());
    }
    if (!table.partitionColumns().isEmpty()) {
      builder = builder.partitionedBy(table.partitionColumns().toArray(String[]::new));
    }
    builder.execute();
  }

  /** ALTER TABLE ... ADD COLUMNS: one Delta metadata commit; existing rows read null in them. */
  private void addColumns(TableContract table, List<StructField> added) {
    String columns = added.stream().map(field -> "`" + field.name() + "` " + field.dataType().sql()
            + field.getComment().map(comment -> " COMMENT '" + comment.replace("'", "\\'") + "'").getOrElse(() -> ""))
        .collect(Collectors.joining(", "));
    spark.sql("ALTER TABLE delta.`" + path(table).replace("`", "``") + "` ADD COLUMNS (" + columns + ")");
    Progress.say("lake", table.name() + ": added the column(s) " + added.stream().map(StructField::name).toList()
        + " the table contract gained; older rows hold null there");
  }

  private void requireNoStrayFolder(TableContract table) {
    try {
      Path path = new Path(path(table));
      var fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(path) && fs.listStatus(path).length > 0) {
        throw Errors.notADeltaTable(path(table), new IllegalStateException("folder has files but no _delta_log"));
      }
    } catch (java.io.IOException e) {
      throw Errors.notADeltaTable(path(table), e);
    }
  }

  private void requireConforms(TableContract table, Dataset<Row> rows) {
    requireConforms(table, rows.schema());
  }

  private void requireConforms(TableContract table, StructType schema) {
    try {
      table.requireConforms(schema);
    } catch (SchemaMismatchException e) {
      throw Errors.schemaDrift(path(table), e);
    }
  }

  private static String stripTrailingSlash(String path) {
    return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
  }
}
