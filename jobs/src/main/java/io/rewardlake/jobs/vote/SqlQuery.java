package io.rewardlake.jobs.vote;

import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.model.EnsembleLocator.LocatedEnsemble;
import io.rewardlake.schemas.TableContract;
import io.rewardlake.schemas.Tables;
import io.rewardlake.spark.reward.RewardFunctions;
import io.rewardlake.spark.vote.StrengthFunctions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    Lakehouse lake = new Lakehouse(spark, lakeRoot);
    List<String> views = new ArrayList<>();
    List<String> present = new ArrayList<>();
    for (TableContract table : Tables.ALL) {
      if (!lake.exists(table)) {
        continue;
      }
      present.add(table.name());
      if (names(query, table.name())) {
        lake.read(table, table.name()).createOrReplaceTempView(table.name());
        views.add(table.name());
      }
    }
    Progress.say(STAGE, "views: " + (views.isEmpty() ? "(none named by the query)" : String.join(", ", views)));
    if (FUNCTIONS.stream().anyMatch(function -> names(query, function))) {
      LocatedEnsemble located = SqlFunctions.register(spark, lake, ensemble, lambda);
      Progress.say(STAGE, "functions " + String.join(", ", FUNCTIONS) + " use ensemble '" + located.id() + "' at "
          + located.directory() + " (conservative_reward lambda " + lambda + ")");
    }
    return List.of(execute(spark, query, present).showString(limit, 0, false).split("\n"));
  }

  /** Whether the query mentions {@code word} as a whole identifier (case-insensitive). */
  static boolean names(String query, String word) {
    return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![A-Za-z0-9_])")
        .matcher(query.toLowerCase(Locale.ROOT)).find();
  }

  /** The query's result; a query Spark cannot analyse (unknown table, column or function) is a usage error. */
  private static Dataset<Row> execute(SparkSession spark, String query, List<String> tables) {
    try {
      return spark.sql(query);
    } catch (Exception e) { // AnalysisException is checked in Java's eyes but thrown from Scala unannounced
      if (e instanceof AnalysisException analysis) {
        throw new ConfigException("The query cannot run: " + analysis.getSimpleMessage().lines().findFirst()
            .orElse("") + "\n  Tables of this lake: " + (tables.isEmpty() ? "none (run ingest first)" : tables)
            + "; functions (need an ensemble): " + FUNCTIONS);
      }
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
  }
}
