package io.rewardlake.jobs.reward;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.Objects;

/**
 * Typed config of {@code reward}.
 *
 * @param ensemble an ensemble id in {@code models} or an ensemble directory
 * @param lambda λ of the conservative reward mean − λ·std
 * @param input samples file or folder (JSONL or Parquet)
 * @param batchSize samples per scoring batch
 * @param gold column of the samples with a gold score (best-of-N is measured against it when present)
 * @param goldChosen whether the user named the gold column (then it must exist)
 * @param goldTable file or table of gold scores per sample, joined by sample id; empty when the samples carry them
 */
public record RewardConfig(String lake, String ensemble, double lambda, String input, int batchSize, String gold,
    boolean goldChosen, String goldTable) {
  public RewardConfig {
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(ensemble, "ensemble");
    Objects.requireNonNull(input, "input");
  }

  public static RewardConfig from(Settings settings) {
    String lake = LakePaths.root(settings);
    String input = settings.get(ConfigKeys.REWARD_INPUT);
    return new RewardConfig(lake, settings.get(ConfigKeys.REWARD_ENSEMBLE), settings.get(ConfigKeys.REWARD_LAMBDA),
        input.isBlank() ? lake + "/raw/synth_candidates.jsonl" : LakePaths.qualify(input),
        settings.get(ConfigKeys.REWARD_BATCH_SIZE), settings.get(ConfigKeys.REWARD_GOLD),
        settings.isSet(ConfigKeys.REWARD_GOLD), goldTable(settings));
  }

  private static String goldTable(Settings settings) {
    String table = settings.get(ConfigKeys.REWARD_GOLD_TABLE);
    return table.isBlank() ? "" : LakePaths.qualify(table);
  }
}
