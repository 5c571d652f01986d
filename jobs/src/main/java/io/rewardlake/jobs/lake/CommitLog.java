package io.rewardlake.jobs.lake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A table's latest commit read straight from its Delta log ({@code _delta_log/NNNNNNNNNNNNNNNNNNNN.json}, whose
 * {@code commitInfo} action the Delta protocol defines), instead of through {@code DeltaTable.history(1)}. History
 * plans and runs a Spark job per call; every write asks twice (the version before, the metrics after), which on a
 * small lake cost more than the write itself. Reading one small file costs a listing and a read.
 */
final class CommitLog {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOG = "_delta_log";

  /** What a commit recorded about itself. */
  record Commit(long version, String operation, String userMetadata, Map<String, String> operationMetrics) {
    long metric(String name) {
      return Long.parseLong(operationMetrics.getOrDefault(name, "0"));
    }
  }

  private CommitLog() {}

  /** The newest commit version in the table's log, or -1 when the folder holds no Delta log. */
  static long latestVersion(Configuration hadoop, String table) {
    Path log = new Path(table, LOG);
    try {
      FileSystem fs = log.getFileSystem(hadoop);
      if (!fs.exists(log)) {
        return -1;
      }
      long latest = -1;
      for (FileStatus file : fs.listStatus(log)) {
        latest = Math.max(latest, commitVersion(file.getPath().getName()));
      }
      return latest;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the Delta log of " + table, e);
    }
  }

  /** The latest commit's own record; the table must exist. */
  static Commit latest(Configuration hadoop, String table) {
    long version = latestVersion(hadoop, table);
    if (version < 0) {
      throw new IllegalStateException("no Delta log under " + table);
    }
    return read(hadoop, table, version);
  }

  static Commit read(Configuration hadoop, String table, long version) {
    Path file = new Path(new Path(table, LOG), String.format("%020d.json", version));
    try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getFileSystem(hadoop).open(file),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode info = JSON.readTree(line).get("commitInfo");
        if (info != null) {
          return new Commit(version, info.path("operation").asText(""), info.path("userMetadata").asText(null),
              metrics(info.path("operationMetrics")));
        }
      }
      return new Commit(version, "", null, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Delta commit " + file, e);
    }
  }

  /** The version a log file name records a commit for, or -1 for checkpoints, checksums and other files. */
  static long commitVersion(String fileName) {
    if (fileName.length() != 25 || !fileName.endsWith(".json")) {
      return -1;
    }
    String digits = fileName.substring(0, 20);
    return digits.chars().allMatch(Character::isDigit) ? Long.parseLong(digits) : -1;
  }

  private static Map<String, String> metrics(JsonNode node) {
    Map<String, String> metrics = new LinkedHashMap<>();
    node.fields().forEachRemaining(entry -> metrics.put(entry.getKey(), entry.getValue().asText()));
    return Map.copyOf(metrics);
  }
}
