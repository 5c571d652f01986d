package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.sql.SqlQuery;
import io.rewardlake.jobs.sql.SqlScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"Run a Spark SQL query, a script or a notebook over the lake and print the results.",
        "Every RewardLake table is a view of its own name (pairs, strength, pairs_clean, models, ...), and the",
        "voting functions are registered for an ensemble: preference_strength(prompt, chosen, rejected) returns",
        "the in-sample vote struct (diffs, strength_mean, strength_std, votes_for_chosen, p_chosen,",
        "voting_members); rm_score(prompt, response) the ensemble's mean reward; rm_scores(...) every member's;",
        "conservative_reward(prompt, response) = mean - lambda * std of the members' standardised rewards",
        "(reward.lambda, default ${bundle:default.reward.lambda}; members standardised over the lake's pairs) and reward_stats(...) the struct.",
        "With -f, every statement of a .sql script (separated by ';') or of a Databricks notebook export (cells;",
        "markdown cells skipped) runs in order. Named parameters (:name) are bound from --param; :ensemble",
        "defaults to --ensemble. DESCRIBE HISTORY t and t VERSION AS OF n read the lake's Delta table t."},
    footer = {"", "Examples:",
        "  rewardlake sql \"SELECT action, count(*) FROM pairs_clean GROUP BY action\"",
        "  rewardlake sql \"SELECT pair_id, preference_strength(prompt, chosen, rejected).strength_mean FROM pairs\"",
        "  rewardlake sql --limit 5 \"SELECT * FROM strength ORDER BY strength_mean\"",
        "  rewardlake sql -f notebooks-export/strength.sql --param ensemble=main"})
final class SqlCommand extends JobCommand<SqlCommand.SqlConfig> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "The SQL query (or use -f).")
  String query;
  @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Run the statements of a .sql script or a"
      + " Databricks notebook export instead of QUERY.")
  Path file;
  @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Value of the named parameter :NAME"
      + " (repeatable).")
  Map<String, String> parameters = new TreeMap<>();
  @Option(names = "--ensemble", description = "Ensemble the functions use: id in 'models' (default ${bundle:default.vote.ensemble}) or a"
      + " directory.")
  String ensemble;
  @Option(names = "--limit", description = "Rows to print at most (default ${DEFAULT-VALUE}).")
  int limit = 20;

  /** What the query needs. */
  record SqlConfig(String lake, String ensemble, double lambda, List<String> statements) {}

  @Override
  String job() {
    return "sql";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.VOTE_ENSEMBLE, ensemble);
  }

  @Override
  SqlConfig config(Settings settings) {
    return new SqlConfig(LakePaths.root(settings), settings.get(ConfigKeys.VOTE_ENSEMBLE),
        settings.get(ConfigKeys.REWARD_LAMBDA), statements());
  }

  /** The script's statements, or none for a single query; read before Spark starts so a bad file fails fast. */
  private List<String> statements() {
    if ((query == null) == (file == null)) {
      throw new ConfigException("Give either a QUERY or -f FILE (see rewardlake sql --help).");
    }
    if (file == null) {
      return List.of();
    }
    try {
      List<String> statements = SqlScript.statements(Files.readString(file));
      if (statements.isEmpty()) {
        throw new ConfigException("No SQL statement in " + file + ".");
      }
      return statements;
    } catch (IOException e) {
      throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
    }
  }

  @Override
  List<String> run(SparkSession spark, SqlConfig config, RunContext run) {
    return config.statements().isEmpty()
        ? SqlQuery.run(spark, config.lake(), config.ensemble(), config.lambda(), query, limit)
        : SqlQuery.runScript(spark, config.lake(), config.ensemble(), config.lambda(), config.statements(), parameters,
            limit);
  }
}
