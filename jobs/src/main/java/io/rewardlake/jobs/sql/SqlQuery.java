package io.rewardlake.jobs.sql;

import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.model.EnsembleLocator.LocatedEnsemble;
import io.rewardlake.jobs.vote.SqlFunctions;
import io.rewardlake.schemas.TableContract;
import io.rewardlake.schemas.Tables;
import io.rewardlake.spark.reward.RewardFunctions;
import io.rewardlake.spark.vote.StrengthFunctions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code sql}: one Spark SQL query over a lake, with the RewardLake tables it names as views of their own names
 * ({@code pairs}, {@code strength}, ...) and, only when it calls them, the voting functions registered for an
 * ensemble, so {@code SELECT preference_strength(prompt, chosen, rejected) FROM pairs} works as typed and
 * {@code SELECT count(*) FROM pairs} answers without loading a model.
 */
public final class SqlQuery {
  private static final String STAGE = "sql";
  /** The functions that need an ensemble; a query that names none of them never loads one. */
  static final List<String> FUNCTIONS = List.of(StrengthFunctions.PREFERENCE_STRENGTH, StrengthFunctions.RM_SCORE,
      StrengthFunctions.RM_SCORES, RewardFunctions.CONSERVATIVE_REWARD, RewardFunctions.REWARD_STATS);

  private SqlQuery() {}

  /** Runs the query and returns its first {@code limit} rows as a text table. */
  public static List<String> run(SparkSession spark, String lakeRoot, String ensemble, double lambda, String query,
      int limit) {
    Session session = open(spark, lakeRoot, ensemble, lambda, query);
    return List.of(session.execute(query, Map.of()).showString(limit, 0, false).split("\n"));
  }

  /**
   * Runs the statements of a script or notebook in order, binding named parameters ({@code :name}) from
   * {@code parameters}; {@code ensemble} defaults to the ensemble the functions use. Returns each statement's first
   * line and its first {@code limit} rows.
   */
  public static List<String> runScript(SparkSession spark, String lakeRoot, String ensemble, double lambda,
      List<String> statements, Map<String, String> parameters, int limit) {
    Map<String, String> bound = new TreeMap<>(Map.of("ensemble", ensemble));
    bound.putAll(parameters);
    Session session = open(spark, lakeRoot, ensemble, lambda, String.join("\n", statements));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      String statement = statements.get(i);
      out.add("-- [" + (i + 1) + "/" + statements.size() + "] " + firstLine(statement));
      Progress.say(STAGE, "statement " + (i + 1) + "/" + statements.size());
      Dataset<Row> result = session.execute(statement, arguments(statement, bound));
      if (result.columns().length > 0) {
        out.addAll(List.of(result.showString(limit, 0, false).split("\n")));
      }
      out.add("");
    }
    return out;
  }

  /** The lake's tables that {@code text} names as views of their own names, and the functions if it calls them. */
  private static Session open(SparkSession spark, String lakeRoot, String ensemble, double lambda, String text) {
    Lakehouse lake = new Lakehouse(spark, lakeRoot);
    List<String> views = new ArrayList<>();
    Map<String, String> paths = new LinkedHashMap<>();
    for (TableContract table : Tables.ALL) {
      if (!lake.exists(table)) {
        continue;
      }
      paths.put(table.name(), lake.path(table));
      if (names(text, table.name())) {
        lake.read(table, table.name()).createOrReplaceTempView(table.name());
        views.add(table.name());
      }
    }
    Progress.say(STAGE, "views: " + (views.isEmpty() ? "(none named by the query)" : String.join(", ", views)));
    if (FUNCTIONS.stream().anyMatch(function -> names(text, function))) {
      LocatedEnsemble located = SqlFunctions.register(spark, lake, ensemble, lambda);
      Progress.say(STAGE, "functions " + String.join(", ", FUNCTIONS) + " use ensemble '" + located.id() + "' at "
          + located.directory() + " (conservative_reward lambda " + lambda + ")");
    }
    return new Session(spark, paths);
  }

  /** The values of the parameters a statement uses; one it uses but nobody gave is a usage error. */
  private static Map<String, Object> arguments(String statement, Map<String, String> bound) {
    Map<String, Object> arguments = new TreeMap<>();
    for (String name : SqlScript.parameters(statement)) {
      if (!bound.containsKey(name)) {
        throw new ConfigException("The statement '" + firstLine(statement) + "' uses the parameter :" + name
            + "; pass --param " + name + "=VALUE (given: " + bound.keySet() + ").");
      }
      arguments.put(name, bound.get(name));
    }
    return arguments;
  }

  private static String firstLine(String statement) {
    String line = statement.lines().findFirst().orElse("");
    return line.length() > 100 ? line.substring(0, 97) + "..." : line;
  }

  /** Whether the query mentions {@code word} as a whole identifier (case-insensitive). */
  static boolean names(String query, String word) {
    return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![A-Za-z0-9_])")
        .matcher(query.toLowerCase(Locale.ROOT)).find();
  }

  /** A session with the lake's views registered; knows where each table lives for Delta-only statements. */
  private record Session(SparkSession spark, Map<String, String> paths) {
    /** The statement's result; one Spark cannot analyse (unknown table, column or function) is a usage error. */
    Dataset<Row> execute(String statement, Map<String, Object> arguments) {
      String sql = SqlScript.withDeltaPaths(statement, paths);
      try {
        return arguments.isEmpty() ? spark.sql(sql) : spark.sql(sql, arguments);
      } catch (Exception e) { // AnalysisException is checked in Java's eyes but thrown from Scala unannounced
        if (e instanceof AnalysisException analysis) {
          throw new ConfigException("The query cannot run: " + analysis.getSimpleMessage().lines().findFirst()
              .orElse("") + "\n  Tables of this lake: " + (paths.isEmpty() ? "none (run ingest first)"
              : List.copyOf(paths.keySet())) + "; functions (need an ensemble): " + FUNCTIONS);
        }
        throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
      }
    }
  }
}
