package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.reward.RewardConfig;
import io.rewardlake.jobs.reward.RewardJob;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reward", mixinStandardHelpOptions = true,
    description = {"Uncertainty-aware rewards for (prompt, response) samples into 'rewards', best-of-N picks into",
        "'best_of_n'. Every member's reward is standardised (z-score over the scored samples), then per sample:",
        "reward_mean, reward_std (members' disagreement), reward_min (worst case) and the conservative",
        "reward_lcb = mean - lambda * std. Best-of-N picks, per prompt, the top candidate by mean, by lcb and by",
        "min. When the samples carry a gold score the ensemble never saw (column 'quality', or --gold COLUMN:",
        "a judge's preference over a reference, a human rating, the synthetic candidates' true quality), it",
        "prints and writes to 'gold_curve' the gold of each rule's pick for N = 1, 2, 4, ... candidates per",
        "prompt with 95% bootstrap intervals over prompts, the paired difference lcb - mean, and a lambda sweep."},
    footer = {"", "Examples:",
        "  rewardlake reward                                   # the synthetic candidates of the lake",
        "  rewardlake reward --lambda 2 --input samples.parquet --ensemble main",
        "  rewardlake reward --input candidates.jsonl --gold gpt4_preference",
        "", "SQL: rewardlake sql \"SELECT conservative_reward(prompt, chosen) FROM pairs LIMIT 5\""})
final class RewardCommand extends JobCommand<RewardConfig> {
  @Option(names = "--ensemble", description = "Ensemble id in 'models' (default ${bundle:default.reward.ensemble}) or an ensemble directory.")
  String ensemble;
  @Option(names = "--lambda", description = "lambda of mean - lambda * std (default ${bundle:default.reward.lambda}; 0 = the mean).")
  Double lambda;
  @Option(names = "--input", description = "JSONL or Parquet samples: prompt, response, optional sample_id or"
      + " candidate_id, prompt_id, quality (default <lake>/raw/synth_candidates.jsonl).")
  String input;
  @Option(names = "--gold", paramLabel = "COLUMN", description = "Column of the samples with a gold score for"
      + " best-of-N (default ${bundle:default.reward.gold}; an explicit column must exist).")
  String gold;
  @Option(names = "--gold-table", paramLabel = "PATH", description = "Gold scores kept apart from the samples:"
      + " JSONL, Parquet or a Delta table with sample_id (or prompt and response) and the --gold column.")
  String goldTable;

  @Override
  String job() {
    return "reward";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.REWARD_ENSEMBLE, ensemble, ConfigKeys.REWARD_LAMBDA, lambda,
        ConfigKeys.REWARD_INPUT, input, ConfigKeys.REWARD_GOLD, gold, ConfigKeys.REWARD_GOLD_TABLE, goldTable);
  }

  @Override
  RewardConfig config(Settings settings) {
    return RewardConfig.from(settings);
  }

  @Override
  List<String> run(SparkSession spark, RewardConfig config, RunContext run) {
    return RewardJob.run(spark, config, run).lines();
  }
}
