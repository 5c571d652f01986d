package io.rewardlake.jobs.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The latest commit as the Delta protocol writes it, read without Spark. */
class CommitLogTest {
  private static final Configuration HADOOP = new Configuration();

  @TempDir
  Path table;

  @Test
  void theNewestCommitFileWinsOverCheckpointsAndChecksums() throws IOException {
    Path log = Files.createDirectories(table.resolve("_delta_log"));
    Files.writeString(log.resolve("00000000000000000000.json"), "{\"protocol\":{\"minReaderVersion\":1}}\n"
        + "{\"commitInfo\":{\"operation\":\"CREATE TABLE\",\"operationMetrics\":{}}}\n");
    Files.writeString(log.resolve("00000000000000000001.json"), "{\"add\":{\"path\":\"part-0.parquet\"}}\n"
        + "{\"commitInfo\":{\"operation\":\"WRITE\",\"userMetadata\":\"{\\\"run_id\\\":\\\"r1\\\"}\","
        + "\"operationMetrics\":{\"numOutputRows\":\"42\",\"numFiles\":\"2\"}}}\n");
    Files.writeString(log.resolve("00000000000000000001.checkpoint.parquet"), "not read");
    Files.writeString(log.resolve("00000000000000000001.crc"), "{}");
    Files.writeString(log.resolve("_last_checkpoint"), "{\"version\":1}");

    CommitLog.Commit latest = CommitLog.latest(HADOOP, table.toString());

    assertThat(latest.version()).isEqualTo(1);
    assertThat(latest.operation()).isEqualTo("WRITE");
    assertThat(latest.userMetadata()).isEqualTo("{\"run_id\":\"r1\"}");
    assertThat(latest.metric("numOutputRows")).isEqualTo(42);
    assertThat(latest.metric("numTargetRowsInserted")).isZero();
    assertThat(CommitLog.read(HADOOP, table.toString(), 0).operation()).isEqualTo("CREATE TABLE");
  }

  @Test
  void aFolderWithoutALogHasNoVersionAndOnlyCommitFilesCount() {
    assertThat(CommitLog.latestVersion(HADOOP, table.resolve("missing").toString())).isEqualTo(-1);
    assertThat(CommitLog.commitVersion("00000000000000000012.json")).isEqualTo(12);
    assertThat(CommitLog.commitVersion("00000000000000000012.checkpoint.parquet")).isEqualTo(-1);
    assertThat(CommitLog.commitVersion("0000000000000000001a.json")).isEqualTo(-1);
    assertThat(CommitLog.commitVersion(".00000000000000000012.json.crc")).isEqualTo(-1);
  }
}
