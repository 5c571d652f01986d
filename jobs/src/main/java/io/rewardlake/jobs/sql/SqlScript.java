package io.rewardlake.jobs.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of a SQL file as {@code sql -f} runs them: a Databricks notebook export (cells between
 * {@code -- COMMAND ----------}, markdown cells skipped) or a plain script, each split on semicolons outside
 * strings and comments. Pure text work, so it is tested without Spark.
 */
public final class SqlScript {
  static final String NOTEBOOK_HEADER = "-- Databricks notebook source";
  static final String CELL_SEPARATOR = "-- COMMAND ----------";
  private static final String MAGIC = "-- MAGIC";
  private static final Pattern MARKER = Pattern.compile("(?<![:\\w]):([A-Za-z_]\\w*)");
  private static final Pattern HISTORY = Pattern.compile("(?i)\\bDESCRIBE\\s+HISTORY\\s+(\\w+)\\b");
  private static final Pattern TIME_TRAVEL = Pattern.compile("(?i)\\b(\\w+)\\s+(?:VERSION|TIMESTAMP)\\s+AS\\s+OF\\b");

  private SqlScript() {}

  /** Whether the text is a Databricks notebook export. */
  public static boolean isNotebook(String text) {
    return text.stripLeading().startsWith(NOTEBOOK_HEADER);
  }

  /** The statements to run, in order; comment-only pieces and markdown cells are left out. */
  public static List<String> statements(String text) {
    List<String> statements = new ArrayList<>();
    for (String cell : isNotebook(text) ? codeCells(text) : List.of(text)) {
      for (String statement : split(cell)) {
        if (!masked(statement).isBlank()) {
          statements.add(statement.strip());
        }
      }
    }
    return statements;
  }

  /** The named parameter markers ({@code :name}) a statement uses, outside strings and comments. */
  public static Set<String> parameters(String statement) {
    Set<String> names = new LinkedHashSet<>();
    Matcher marker = MARKER.matcher(masked(statement));
    while (marker.find()) {
      names.add(marker.group(1));
    }
    return names;
  }

  /**
   * The statement with each table named by {@code DESCRIBE HISTORY t} or {@code t VERSION|TIMESTAMP AS OF} replaced
   * by its Delta path: those two need a Delta table, and a view of the same name is not one. {@code paths} maps a
   * lower-case table name to its location; other names are left alone.
   */
  public static String withDeltaPaths(String statement, Map<String, String> paths) {
    String rewritten = statement;
    for (Pattern pattern : List.of(HISTORY, TIME_TRAVEL)) {
      rewritten = replaceGroup(rewritten, pattern, name -> {
        String path = paths.get(name.toLowerCase(Locale.ROOT));
        return path == null ? name : "delta.`" + path.replace("`", "``") + "`";
      });
    }
    return rewritten;
  }

  /** The statement with string, quoted-identifier and comment contents blanked, keeping every offset. */
  static String masked(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    char closing = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      char next = i + 1 < sql.length() ? sql.charAt(i + 1) : 0;
      if (closing == 0 && (c == '\'' || c == '"' || c == '`')) {
        closing = c;
        out.append(c);
      } else if (closing == 0 && c == '-' && next == '-') {
        closing = '\n';
        out.append("  ");
        i++;
      } else if (closing == 0 && c == '/' && next == '*') {
        closing = '*';
        out.append("  ");
        i++;
      } else if (closing == '*' && c == '*' && next == '/') {
        closing = 0;
        out.append("  ");
        i++;
      } else if (closing != 0 && closing != '*' && c == '\\' && closing != '\n') {
        out.append("  ");
        i++;
      } else if (closing != 0 && c == closing) {
        closing = 0;
        out.append(c);
      } else {
        out.append(closing == 0 || c == '\n' ? c : ' ');
      }
    }
    return out.toString();
  }

  private static List<String> codeCells(String text) {
    String body = text.stripLeading().substring(NOTEBOOK_HEADER.length());
    List<String> cells = new ArrayList<>();
    for (String cell : body.split("(?m)^" + Pattern.quote(CELL_SEPARATOR) + "\\s*$")) {
      if (!cell.isBlank() && !cell.strip().lines().allMatch(line -> line.startsWith(MAGIC))) {
        cells.add(cell);
      }
    }
    return cells;
  }

  private static List<String> split(String text) {
    String masked = masked(text);
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = masked.indexOf(';'); i >= 0; i = masked.indexOf(';', i + 1)) {
      pieces.add(text.substring(start, i));
      start = i + 1;
    }
    pieces.add(text.substring(start));
    return pieces;
  }

  private static String replaceGroup(String sql, Pattern pattern, UnaryOperator<String> replacement) {
    Matcher matcher = pattern.matcher(masked(sql));
    StringBuilder out = new StringBuilder();
    int copied = 0;
    while (matcher.find()) {
      out.append(sql, copied, matcher.start(1)).append(replacement.apply(sql.substring(matcher.start(1),
          matcher.end(1))));
      copied = matcher.end(1);
    }
    return out.append(sql.substring(copied)).toString();
  }
}
