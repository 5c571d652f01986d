package io.rewardlake.jobs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.PipelineLake;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.schemas.AiLabelsTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of every notebook in notebooks-export/ runs against a lake written by the embedded pipeline. The one
 * Databricks-only statement, the {@code CREATE WIDGET TEXT lake} cell, is run as its Spark SQL equivalent
 * {@code SET lake=...}; every query then reads {@code delta.`${lake}/<table>`} through Spark's variable substitution.
 */
class NotebooksTest {
  static final Path NOTEBOOKS = RepoFiles.ROOT.resolve("notebooks-export");
  static final String HEADER = "-- Databricks notebook source";
  static final String SEPARATOR = "\n-- COMMAND ----------\n";
  static final Pattern WIDGET = Pattern.compile("CREATE WIDGET TEXT (\\w+) DEFAULT '[^']*'");

  @TempDir
  static Path dir;
  static Path lake;
  private final SparkSession spark = SharedSpark.session();

  @BeforeAll
  static void lake() throws IOException {
    // The shared pipeline lake is read-only for tests: link its tables into a lake of our own, which may gain tables.
    lake = Files.createDirectories(dir.resolve("lake"));
    try (Stream<Path> tables = Files.list(PipelineLake.root())) {
      for (Path table : tables.toList()) {
        Files.createSymbolicLink(lake.resolve(table.getFileName()), table);
      }
    }
    assertThat(lake.resolve(AiLabelsTable.NAME)).as("the pipeline's label stage wrote ai_labels").exists();
  }

  @AfterAll
  static void unsetLake() {
    SharedSpark.session().conf().unset("lake");
  }

  static Stream<Path> notebooks() throws IOException {
    return RepoFiles.list(NOTEBOOKS, "", ".sql");
  }

  @Test
  void theNotebooksCoverTheExplorations() throws IOException {
    assertThat(notebooks().map(RepoFiles::name))
        .contains("strength.sql", "cleaning.sql", "ai_labels.sql", "rewards.sql", "lineage.sql");
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void everyCellRuns(Path notebook) throws IOException {
    List<String> cells = cells(notebook);
    int queries = 0;
    for (String cell : cells) {
      if (isMarkdown(cell)) {
        assertThat(cell.strip()).as("markdown cell of %s", notebook).startsWith("-- MAGIC %md");
        continue;
      }
      String sql = asSparkSql(cell);
      assertThat(sql).as("cell of %s", notebook).doesNotContain(";");
      spark.sql(sql).collectAsList();
      queries++;
    }
    assertThat(queries).as("SQL cells in %s", notebook).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theTestRunsCellsForRealAndFailsOnABadOne() {
    spark.conf().set("lake", lake.toString());
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> spark.sql("SELECT no_such_column FROM delta.`${lake}/strength`").collectAsList())
        .hasMessageContaining("no_such_column");
  }

  static List<String> cells(Path notebook) throws IOException {
    String text = Files.readString(notebook);
    assertThat(text).as("first line of %s", notebook).startsWith(HEADER + "\n");
    List<String> cells = new ArrayList<>(List.of(text.substring(HEADER.length()).split(SEPARATOR)));
    assertThat(cells).as("cells of %s", notebook).hasSizeGreaterThan(3).noneMatch(String::isBlank);
    return cells;
  }

  static boolean isMarkdown(String cell) {
    return cell.strip().lines().allMatch(line -> line.startsWith("-- MAGIC"));
  }

  private static String asSparkSql(String cell) {
    Matcher widget = WIDGET.matcher(cell.strip());
    return widget.matches() ? "SET " + widget.group(1) + "=" + lake : cell.strip();
  }
}
