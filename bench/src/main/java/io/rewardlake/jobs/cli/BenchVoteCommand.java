package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.bench.VoteBench;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.lake.RunContext;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-vote", mixinStandardHelpOptions = true,
    description = {"Benchmark: the voting function vs what a user would write without it, on the same pairs.",
        "Side by side in one run with all M members: featurize only (the floor), the vote (packed one-pass),",
        "M plain member UDFs per response, and MLlib HashingTF + M LogisticRegressionModel.transform passes.",
        "Prints pairs/second and the ratios. Needs a trained ensemble; writes nothing to the lake."},
    footer = {"", "Examples:",
        "  rewardlake pipeline && rewardlake bench-vote",
        "  rewardlake bench-vote --copies 10 --runs 5"})
final class BenchVoteCommand extends JobCommand<VoteBench.Settings> {
  @Option(names = "--ensemble", description = "Ensemble id in 'models' (default main) or a directory.")
  String ensemble;
  @Option(names = "--copies", description = "Copies of the lake's pairs to vote on (default ${DEFAULT-VALUE}).")
  int copies = 5;
  @Option(names = "--runs", description = "Timed runs per contender; the median is reported (default ${DEFAULT-VALUE}).")
  int runs = 3;
  @Option(names = "--no-warmup", description = "Skip the untimed warm-up round.")
  boolean noWarmup;

  @Override
  String job() {
    return "bench-vote";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.VOTE_ENSEMBLE, ensemble);
  }

  @Override
  VoteBench.Settings config(Settings settings) {
    if (copies < 1 || runs < 1) {
      throw new io.rewardlake.jobs.config.ConfigException("--copies and --runs must be at least 1");
    }
    return new VoteBench.Settings(LakePaths.root(settings), settings.get(ConfigKeys.VOTE_ENSEMBLE), copies, runs,
        !noWarmup);
  }

  @Override
  List<String> run(SparkSession spark, VoteBench.Settings config, RunContext run) {
    return VoteBench.run(spark, config);
  }
}
