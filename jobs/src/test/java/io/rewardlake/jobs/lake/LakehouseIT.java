package io.rewardlake.jobs.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.RejectsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakehouseIT {
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void aCommitRefusedForAConcurrentWriterIsRetriedAndGivesUpWithWhatToDo() {
    Lakehouse lake = new Lakehouse(spark, dir.resolve("lake").toString());
    int[] calls = {0};
    lake.retryingConflicts(PairsTable.CONTRACT, () -> {
      if (++calls[0] < 3) {
        throw new io.delta.exceptions.ConcurrentAppendException("files were added by a concurrent update");
      }
    });
    assertThat(calls[0]).isEqualTo(3);

    calls[0] = 0;
    assertThatThrownBy(() -> lake.retryingConflicts(PairsTable.CONTRACT, () -> {
      calls[0]++;
      throw new io.delta.exceptions.ConcurrentAppendException("files were added by a concurrent update");
    })).isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("Another job wrote table 'pairs'", "4 times", "re-run this job");
    assertThat(calls[0]).isEqualTo(Lakehouse.COMMIT_ATTEMPTS);

    calls[0] = 0;
    assertThatThrownBy(() -> lake.retryingConflicts(PairsTable.CONTRACT, () -> {
      calls[0]++;
      throw new IllegalStateException("disk full");
    })).hasMessage("disk full");
    assertThat(calls[0]).as("other failures are not retried").isEqualTo(1);
  }

  @Test
  void failedWriteLeavesTheTableAtItsPreviousVersion() {
    Lakehouse lake = new Lakehouse(spark, dir.toString());
    Lineage lineage = new Lineage(new RunContext("r1", "test", "abc"), List.of(), Map.of());
    lake.write(RejectsTable.CONTRACT, rejects("f:1"), WriteMode.APPEND, lineage);
    long version = lake.version(RejectsTable.CONTRACT);

    // location is NOT NULL in the contract: Delta refuses the whole commit.
    assertThatThrownBy(() -> lake.write(RejectsTable.CONTRACT, rejects(null), WriteMode.APPEND, lineage));

    assertThat(lake.version(RejectsTable.CONTRACT)).isEqualTo(version);
    assertThat(spark.read().format("delta").load(lake.path(RejectsTable.CONTRACT)).count()).isEqualTo(1);
  }

  @Test
  void tableIsCreatedWithContractPropertiesAndCommitsCarryLineage() {
    Lakehouse lake = new Lakehouse(spark, dir.toString());
    Lineage lineage = new Lineage(new RunContext("run-7", "test", "c0ffee"), List.of("in.jsonl"), Map.of("pairs", 3L));

    long written = lake.write(RejectsTable.CONTRACT, rejects("f:1"), WriteMode.APPEND, lineage);

    assertThat(written).isEqualTo(1);
    assertThat(lake.lastCommitMetadata(RejectsTable.CONTRACT)).contains("\"run_id\":\"run-7\"",
        "\"config_hash\":\"c0ffee\"", "\"input_tables\":{\"pairs\":3}");
    Row detail = spark.sql("DESCRIBE DETAIL delta.`" + lake.path(RejectsTable.CONTRACT) + "`").first();
    scala.collection.Map<String, String> properties = detail.getAs("properties");
    assertThat(properties.get("rewardlake.contract.version").get()).isEqualTo("1");
  }

  @Test
  void strayFolderIsAClearError() throws Exception {
    Files.createDirectories(dir.resolve("rejects"));
    Files.writeString(dir.resolve("rejects/notes.txt"), "not a table");
    Lakehouse lake = new Lakehouse(spark, dir.toString());
    Lineage lineage = new Lineage(new RunContext("r", "test", "h"), List.of(), Map.of());

    assertThatThrownBy(() -> lake.write(RejectsTable.CONTRACT, rejects("f"), WriteMode.APPEND, lineage))
        .isInstanceOf(RewardLakeException.class).hasMessageContaining("not a Delta table written by RewardLake");
  }

  @Test
  void schemaDriftNamesColumnAndTypesAndSaysHowToFix() {
    spark.createDataFrame(List.of(RowFactory.create(1)), new StructType().add("pair_id", DataTypes.IntegerType))
        .write().format("delta").save(dir.resolve("pairs").toString());

    assertThatThrownBy(() -> new Lakehouse(spark, dir.toString()).read(PairsTable.CONTRACT, "ingest"))
        .isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("column 'pair_id' has type int, expected string")
        .hasMessageContaining("Fix:");
  }

  private Dataset<Row> rejects(String location) {
    return spark.createDataFrame(List.of(RowFactory.create("s", location, "MALFORMED_JSON", "d", "x", "r1")),
        RejectsTable.SCHEMA);
  }
}
