package io.rewardlake.jobs.evaluate;

import io.rewardlake.core.clean.CleaningPolicy;
import io.rewardlake.jobs.clean.Policies;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.train.TrainConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed config of the strength-bin ablation ({@code evaluate --ablation}).
 *
 * @param sourceLake the user's lake: its pairs, the vote ensemble's strength and cached embeddings are read
 * @param scratchLake where the cleaned variants and their ensembles go
 * @param voteEnsemble the ensemble whose strength the variants are cut by
 * @param variants the training sets compared: all pairs, without the weakest 10/20/30%, each cleaning preset
 * @param train train's settings, pointed at the scratch lake
 */
public record AblationConfig(String sourceLake, String scratchLake, String voteEnsemble, List<CleaningPolicy> variants,
    String voteCheck, double minVoteEdge, TrainConfig train, int resamples, long seed, int voteBatch) {
  /** Shares of the weakest pairs the ablation leaves out. */
  static final List<Double> WEAKEST = List.of(0.1, 0.2, 0.3);
  /** Cleaning presets compared, after the "none" baseline. */
  static final List<String> PRESETS = List.of("secrets-ii", "conservative", "flip-only");

  public static AblationConfig from(Settings settings) {
    String source = LakePaths.root(settings);
    String chosen = settings.get(ConfigKeys.EVALUATE_AUDIT_LAKE);
    String scratch = chosen.isBlank() ? source + "/audit/ablation" : LakePaths.qualify(chosen);
    Settings inScratch = Settings.resolve(settings.explicitValues(), Map.of(ConfigKeys.LAKE.name(), scratch));
    List<CleaningPolicy> variants = new ArrayList<>(List.of(Policies.load("none")));
    WEAKEST.forEach(share -> variants.add(Policies.dropWeakest(share)));
    PRESETS.forEach(name -> variants.add(Policies.load(name)));
    return new AblationConfig(source, scratch, settings.get(ConfigKeys.VOTE_ENSEMBLE), variants,
        settings.get(ConfigKeys.CLEAN_VOTE_CHECK), settings.get(ConfigKeys.CLEAN_MIN_VOTE_EDGE),
        TrainConfig.from(inScratch), settings.get(ConfigKeys.EVALUATE_BOOTSTRAP), settings.get(ConfigKeys.EVALUATE_SEED),
        settings.get(ConfigKeys.VOTE_BATCH_SIZE));
  }
}
