package io.rewardlake.jobs.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Splitting scripts and notebooks into statements, finding named parameters, Delta-only table references. */
class SqlScriptTest {
  @Test
  void aScriptSplitsOnSemicolonsOutsideStringsAndComments() {
    String script = "SELECT ';' AS s; -- a comment; not a split\nSELECT 2 /* ; */;\n\n-- only a comment;\n";

    assertThat(SqlScript.statements(script))
        .containsExactly("SELECT ';' AS s", "-- a comment; not a split\nSELECT 2 /* ; */");
  }

  @Test
  void aNotebookRunsItsCodeCellsAndSkipsMarkdown() {
    String notebook = "-- Databricks notebook source\n-- MAGIC %md\n-- MAGIC # Title; with a semicolon\n\n"
        + "-- COMMAND ----------\n\nSELECT 1\n\n-- COMMAND ----------\n\n-- why\nSELECT 2; SELECT 3\n";

    assertThat(SqlScript.isNotebook(notebook)).isTrue();
    assertThat(SqlScript.statements(notebook)).containsExactly("SELECT 1", "-- why\nSELECT 2", "SELECT 3");
  }

  @Test
  void parametersAreNamedMarkersOutsideStringsCommentsAndCasts() {
    String statement = "SELECT x::int, ':quoted' FROM t -- :commented\nWHERE a = :ensemble AND b = :limit_1 /* :no */";

    assertThat(SqlScript.parameters(statement)).containsExactly("ensemble", "limit_1");
  }

  @Test
  void historyAndTimeTravelReadTheDeltaTableBehindALakeName() {
    Map<String, String> paths = Map.of("pairs_clean", "/lake/pairs_clean", "strength", "/la`ke/strength");

    assertThat(SqlScript.withDeltaPaths("DESCRIBE HISTORY pairs_clean LIMIT 10", paths))
        .isEqualTo("DESCRIBE HISTORY delta.`/lake/pairs_clean` LIMIT 10");
    assertThat(SqlScript.withDeltaPaths("SELECT * FROM strength VERSION AS OF 1 s JOIN pairs_clean USING (id)", paths))
        .isEqualTo("SELECT * FROM delta.`/la``ke/strength` VERSION AS OF 1 s JOIN pairs_clean USING (id)");
    assertThat(SqlScript.withDeltaPaths("SELECT 'strength VERSION AS OF 1' FROM other TIMESTAMP AS OF '2026'",
        paths)).isEqualTo("SELECT 'strength VERSION AS OF 1' FROM other TIMESTAMP AS OF '2026'");
  }

  @Test
  void maskingKeepsOffsets() {
    String sql = "SELECT 'a;b', `c;d` -- e;f\n/* g;h */ FROM t";

    assertThat(SqlScript.masked(sql)).hasSameSizeAs(sql).doesNotContain(";").contains("FROM t");
    assertThat(SqlScript.statements("   \n-- nothing\n")).isEqualTo(List.of());
  }
}
