package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.vote.VoteConfig;
import io.rewardlake.jobs.vote.VoteJob;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "vote", mixinStandardHelpOptions = true,
    description = {"Multi-reward-model voting: every pair's preference strength into 'strength'.",
        "For each pair and voting member m, d_m = r_m(prompt, chosen) - r_m(prompt, rejected); the row holds the",
        "diffs, their mean (the strength) and std, votes for chosen, p_chosen = mean sigmoid(d) and the voters.",
        "Mode oof (default) lets only members that never trained on a pair vote; mode all is the paper's in-sample",
        "vote. Prints the strength distribution, its deciles and, on the synthetic corpus, flip detection."},
    footer = {"", "Examples:",
        "  rewardlake vote",
        "  rewardlake vote --ensemble main --mode all",
        "  rewardlake vote --ensemble /models/ensembles/main/20261101T120000Z-1a2b3c",
        "", "SQL: rewardlake sql \"SELECT preference_strength(prompt, chosen, rejected) FROM pairs LIMIT 5\"",
        "Settings precedence: key defaults < --config < --set < these options."})
final class VoteCommand extends JobCommand<VoteConfig> {
  @Option(names = "--ensemble", description = "Ensemble id in 'models' (default ${bundle:default.vote.ensemble}) or an ensemble directory.")
  String ensemble;
  @Option(names = "--mode", description = "oof (default): held-out members only; all: every member.")
  String mode;
  @Option(names = "--batch-size", description = "Pairs per scoring batch on an executor (default ${bundle:default.vote.batch_size}).")
  Integer batchSize;
  @Option(names = "--partitions", description = "Partitions to vote in (default ${bundle:default.vote.partitions}: as the pairs are stored).")
  Integer partitions;

  @Override
  String job() {
    return "vote";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.VOTE_ENSEMBLE, ensemble, ConfigKeys.VOTE_MODE, mode,
        ConfigKeys.VOTE_BATCH_SIZE, batchSize, ConfigKeys.VOTE_PARTITIONS, partitions);
  }

  @Override
  VoteConfig config(Settings settings) {
    return VoteConfig.from(settings);
  }

  @Override
  List<String> run(SparkSession spark, VoteConfig config, RunContext run) {
    return VoteJob.run(spark, config, run).lines();
  }
}
