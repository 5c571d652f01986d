package io.rewardlake.jobs.pipeline;

import io.rewardlake.core.synth.SynthSummary;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.ingest.IngestJob;
import io.rewardlake.jobs.ingest.IngestSummary;
import io.rewardlake.jobs.label.LabelJob;
import io.rewardlake.jobs.label.LabelPreflight;
import io.rewardlake.jobs.label.LabelSummary;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.report.ReportJob;
import io.rewardlake.jobs.report.ReportSummary;
import io.rewardlake.jobs.synth.SynthJob;
import io.rewardlake.jobs.clean.CleanJob;
import io.rewardlake.jobs.clean.CleanSummary;
import io.rewardlake.jobs.decontaminate.DecontaminateJob;
import io.rewardlake.jobs.dedupe.NearDuplicatesJob;
import io.rewardlake.jobs.evaluate.EvaluateJob;
import io.rewardlake.jobs.evaluate.LengthBias;
import io.rewardlake.jobs.evaluate.EvaluateSummary;
import io.rewardlake.jobs.evaluate.FlipAudit;
import io.rewardlake.jobs.evaluate.StrengthAblation;
import io.rewardlake.jobs.reward.RewardJob;
import io.rewardlake.jobs.reward.RewardSummary;
import io.rewardlake.jobs.train.TrainJob;
import io.rewardlake.jobs.vote.VoteJob;
import io.rewardlake.jobs.vote.VoteSummary;
import io.rewardlake.jobs.train.TrainSummary;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** Runs the configured stages in order, sharing one Spark session and one run id. */
public final class PipelineJob {
  private PipelineJob() {}

  public static PipelineSummary run(SparkSession spark, PipelineConfig given, RunContext run) {
    long start = System.nanoTime();
    // An http judge is probed before the first stage, not after an hour of training.
    PipelineConfig config = given.label() == null ? given
        : given.withLabel(LabelPreflight.check(given.label(), System::getenv));
    Progress.say("pipeline", "run " + run.runId() + ": stages " + config.stages() + " into " + config.lake());
    SynthSummary synth = config.synth() == null ? null
        : SynthJob.run(spark.sparkContext().hadoopConfiguration(), config.synth());
    IngestSummary ingest = config.ingest() == null ? null : IngestJob.run(spark, config.ingest(), run);
    List<String> evidence = new ArrayList<>();
    if (config.decontaminate() != null) {
      evidence.addAll(DecontaminateJob.run(spark, config.decontaminate(), run).lines());
    }
    if (config.nearDuplicates() != null) {
      evidence.addAll(NearDuplicatesJob.run(spark, config.nearDuplicates(), run).lines());
    }
    TrainSummary train = config.train() == null ? null : TrainJob.run(spark, config.train(), run);
    VoteSummary vote = config.vote() == null ? null : VoteJob.run(spark, config.vote(), run);
    LabelSummary label = config.label() == null ? null : LabelJob.run(spark, config.label(), run);
    if (config.lengthBias() != null) {
      evidence.addAll(LengthBias.run(spark, config.lengthBias(), run).lines());
    }
    CleanSummary clean = config.clean() == null ? null : CleanJob.run(spark, config.clean(), run);
    TrainSummary retrain = config.retrain() == null ? null : TrainJob.run(spark, config.retrain(), run);
    EvaluateSummary evaluate = config.evaluate() == null ? null : EvaluateJob.run(spark, config.evaluate(), run);
    if (config.audit() != null) {
      evidence.addAll(FlipAudit.run(spark, config.audit(), run).lines());
    }
    if (config.ablation() != null) {
      evidence.addAll(StrengthAblation.run(spark, config.ablation(), run).lines());
    }
    RewardSummary reward = config.reward() == null ? null : RewardJob.run(spark, config.reward(), run);
    double seconds = (System.nanoTime() - start) / 1e9;
    ReportSummary report = config.report() == null ? null : ReportJob.run(spark, config.report(), run);
    return new PipelineSummary(config.lake(), synth, ingest, train, vote, label, clean, retrain, evaluate,
        evidence, reward, seconds, report);
  }
}
