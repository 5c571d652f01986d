package io.rewardlake.jobs.evaluate;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.pipeline.PipelineConfig;
import io.rewardlake.jobs.train.TrainConfig;
import java.util.Locale;
import java.util.Map;

/**
 * Typed config of the injected-noise audit ({@code evaluate --inject-flips}).
 *
 * @param sourceLake the user's lake; only its pairs (and cached embeddings) are read
 * @param auditLake where the noisy copy and everything trained on it go
 * @param share share of decided training labels flipped
 * @param seed seed of the injection and of the bootstrap
 * @param resamples bootstrap resamples
 * @param stages train, vote, clean and retrain as the user configured them, pointed at the audit lake
 * @param oracle train's settings for the ensemble trained with the flips undone
 * @param voteBatch pairs per scoring batch when the ensembles score the held-out pairs
 */
public record AuditConfig(String sourceLake, String auditLake, double share, long seed, int resamples,
    PipelineConfig stages, TrainConfig oracle, int voteBatch) {
  /** The stages the audit runs on its copy, in order. */
  static final String STAGES = "train,vote,clean,retrain";

  public static AuditConfig from(Settings settings) {
    String source = LakePaths.root(settings);
    double share = settings.get(ConfigKeys.EVALUATE_INJECT_FLIPS);
    long seed = settings.get(ConfigKeys.EVALUATE_SEED);
    String chosen = settings.get(ConfigKeys.EVALUATE_AUDIT_LAKE);
    String audit = chosen.isBlank()
        ? source + String.format(Locale.ROOT, "/audit/flips-%s-seed-%d", trimmed(share), seed)
        : LakePaths.qualify(chosen);
    Settings inAudit = Settings.resolve(settings.explicitValues(), Map.of(ConfigKeys.LAKE.name(), audit,
        ConfigKeys.PIPELINE_STAGES.name(), STAGES, ConfigKeys.PIPELINE_REPORT.name(), "false"));
    TrainConfig oracle = TrainConfig.from(inAudit).withInput("pairs (flips undone)",
        inAudit.get(ConfigKeys.EVALUATE_ORACLE_ENSEMBLE));
    return new AuditConfig(source, audit, share, seed, settings.get(ConfigKeys.EVALUATE_BOOTSTRAP),
        PipelineConfig.from(inAudit), oracle, inAudit.get(ConfigKeys.VOTE_BATCH_SIZE));
  }

  /** 0.2 rather than 0.20000: the share as a user typed it, for the audit lake's name. */
  private static String trimmed(double share) {
    return java.math.BigDecimal.valueOf(share).stripTrailingZeros().toPlainString();
  }
}
