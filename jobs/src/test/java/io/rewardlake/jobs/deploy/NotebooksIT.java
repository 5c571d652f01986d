package io.rewardlake.jobs.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.jobs.PipelineLake;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.sql.SqlQuery;
import io.rewardlake.jobs.sql.SqlScript;
import io.rewardlake.schemas.AiLabelsTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook in notebooks-export/ runs the way a user runs it, {@code sql -f NOTEBOOK --lake L}, against a lake
 * written by the embedded pipeline, and stays valid Databricks source: tables by name, the ensemble as the named
 * parameter {@code :ensemble}, no widgets or {@code ${...}} substitution.
 */
class NotebooksIT {
  static final Path NOTEBOOKS = RepoFiles.ROOT.resolve("notebooks-export");
  static final String HEADER = "-- Databricks notebook source";

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
  void everyStatementRunsThroughSqlDashF(Path notebook) throws IOException {
    String text = Files.readString(notebook);
    List<String> statements = SqlScript.statements(text);

    List<String> output = SqlQuery.runScript(spark, lake.toString(), "main", 1.0, statements, Map.of(), 5);

    assertThat(statements).as("SQL statements in %s", notebook).hasSizeGreaterThanOrEqualTo(3);
    assertThat(output.stream().filter(line -> line.startsWith("-- ["))).hasSize(statements.size());
    assertThat(output).as("every query of %s returned a table", notebook).filteredOn(line -> line.startsWith("+-"))
        .hasSizeGreaterThanOrEqualTo(statements.size() * 3);
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void eachNotebookIsDatabricksSourceWithNamedParametersOnly(Path notebook) throws IOException {
    String text = Files.readString(notebook);

    assertThat(text).startsWith(HEADER + "\n").doesNotContain("${").doesNotContain("CREATE WIDGET")
        .doesNotContain("delta.`").doesNotContain("/dbfs/");
    assertThat(SqlScript.statements(text).stream().flatMap(statement -> SqlScript.parameters(statement).stream()))
        .allMatch("ensemble"::equals);
  }

  @Test
  void aNotebookQueryThatCannotRunIsAUsageError() {
    List<String> statements = SqlScript.statements(HEADER + "\n-- MAGIC %md\n-- MAGIC # t\n\n-- COMMAND ----------\n\n"
        + "SELECT count(*) FROM strength WHERE ensemble_id = :ensemble\n\n-- COMMAND ----------\n\n"
        + "SELECT no_such_column FROM strength");

    assertThat(statements).hasSize(2);
    assertThatThrownBy(() -> SqlQuery.runScript(spark, lake.toString(), "main", 1.0, statements, Map.of(), 5))
        .isInstanceOf(ConfigException.class).hasMessageContaining("no_such_column");
  }
}
