package io.rewardlake.jobs.pipeline;

import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.ingest.IngestConfig;
import io.rewardlake.jobs.label.LabelConfig;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.report.ReportConfig;
import io.rewardlake.jobs.synth.SynthConfig;
import io.rewardlake.jobs.clean.CleanConfig;
import io.rewardlake.jobs.evaluate.AblationConfig;
import io.rewardlake.jobs.evaluate.AuditConfig;
import io.rewardlake.jobs.decontaminate.DecontaminateConfig;
import io.rewardlake.jobs.dedupe.NearDuplicatesConfig;
import io.rewardlake.jobs.evaluate.EvaluateConfig;
import io.rewardlake.jobs.evaluate.LengthBiasConfig;
import io.rewardlake.jobs.reward.RewardConfig;
import io.rewardlake.jobs.train.TrainConfig;
import io.rewardlake.jobs.vote.VoteConfig;
import io.rewardlake.schemas.PairsCleanTable;
import java.util.List;

/**
 * Typed config of {@code pipeline}: the stages and each stage's own config. When the pipeline synthesises a corpus
 * and ingest.input is not set, ingest reads the synthetic pairs file.
 *
 * @param synth null when the synth stage does not run
 * @param ingest null when the ingest stage does not run
 * @param train null when the train stage does not run
 * @param vote null when the vote stage does not run
 * @param label null when the label stage does not run
 * @param clean null when the clean stage does not run
 * @param retrain train's settings on pairs_clean into retrain.ensemble; null when the retrain stage does not run
 * @param evaluate null when the evaluate stage does not run
 * @param reward null when the reward stage does not run
 * @param report null when pipeline.report is false; else the report written after the last stage
 * @param audit the injected-noise audit run by the evaluate stage (evaluate.inject_flips &gt; 0), else null
 * @param ablation the strength ablation run by the evaluate stage (evaluate.ablation), else null
 * @param decontaminate null when the decontaminate stage does not run (it runs after ingest, before train)
 * @param nearDuplicates null when the near-duplicates stage does not run (it runs after decontaminate)
 * @param lengthBias null when the length-bias stage does not run (it runs after label, before clean)
 */
public record PipelineConfig(String lake, List<String> stages, SynthConfig synth, IngestConfig ingest,
    TrainConfig train, VoteConfig vote, LabelConfig label, CleanConfig clean, TrainConfig retrain,
    EvaluateConfig evaluate, RewardConfig reward, ReportConfig report, AuditConfig audit, AblationConfig ablation,
    DecontaminateConfig decontaminate, NearDuplicatesConfig nearDuplicates, LengthBiasConfig lengthBias) {

  public PipelineConfig {
    stages = List.copyOf(stages);
  }

  /** This config with another label stage (the same stage after its preflight). */
  public PipelineConfig withLabel(LabelConfig other) {
    return new PipelineConfig(lake, stages, synth, ingest, train, vote, other, clean, retrain, evaluate, reward, report,
        audit, ablation, decontaminate, nearDuplicates, lengthBias);
  }

  /**
   * A clean stage that keeps one pair per cluster of one kind, after a near-duplicates stage that computes the other
   * kind, would find no cluster and keep every pair without a word: refused before anything runs.
   */
  private static void requireSameKind(NearDuplicatesConfig nearDuplicates, CleanConfig clean) {
    if (nearDuplicates == null || clean == null
        || CleanConfig.KEEP_NEAR_DUPLICATES.equals(clean.nearDuplicates())
        || clean.nearDuplicates().equals(nearDuplicates.of())) {
      return;
    }
    throw new ConfigException("clean.near_duplicates is '" + clean.nearDuplicates() + "' but the near-duplicates"
        + " stage compares " + nearDuplicates.of() + "s (near_duplicates.of): set near_duplicates.of="
        + clean.nearDuplicates() + " so the stage finds the clusters clean keeps one pair of");
  }

  public static PipelineConfig from(Settings settings) {
    List<String> stages = settings.get(ConfigKeys.PIPELINE_STAGES);
    SynthConfig synth = SynthConfig.from(settings);
    IngestConfig ingest = stages.contains("ingest")
        ? IngestConfig.from(settings, stages.contains("synth") ? List.of(synth.pairsOutput()) : List.of())
        : null;
    TrainConfig train = stages.contains("train") ? TrainConfig.from(settings) : null;
    VoteConfig vote = stages.contains("vote") ? VoteConfig.from(settings) : null;
    LabelConfig label = stages.contains("label") ? LabelConfig.from(settings) : null;
    CleanConfig clean = stages.contains("clean") ? CleanConfig.from(settings) : null;
    TrainConfig retrain = stages.contains("retrain") ? TrainConfig.from(settings)
        .withInput(PairsCleanTable.NAME, settings.get(ConfigKeys.RETRAIN_ENSEMBLE)) : null;
    EvaluateConfig evaluate = stages.contains("evaluate") ? EvaluateConfig.from(settings) : null;
    RewardConfig reward = stages.contains("reward") ? RewardConfig.from(settings) : null;
    NearDuplicatesConfig nearDuplicates = stages.contains("near-duplicates") ? NearDuplicatesConfig.from(settings)
        : null;
    requireSameKind(nearDuplicates, clean);
    return new PipelineConfig(LakePaths.root(settings), stages, stages.contains("synth") ? synth : null, ingest,
        train, vote, label, clean, retrain, evaluate, reward,
        settings.get(ConfigKeys.PIPELINE_REPORT) ? ReportConfig.from(settings) : null,
        evaluate != null && settings.get(ConfigKeys.EVALUATE_INJECT_FLIPS) > 0 ? AuditConfig.from(settings) : null,
        evaluate != null && settings.get(ConfigKeys.EVALUATE_ABLATION) ? AblationConfig.from(settings) : null,
        stages.contains("decontaminate") ? DecontaminateConfig.from(settings) : null,
        nearDuplicates,
        stages.contains("length-bias") ? LengthBiasConfig.from(settings) : null);
  }
}
