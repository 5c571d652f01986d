package io.rewardlake.jobs.pipeline;

import io.rewardlake.core.synth.SynthSummary;
import io.rewardlake.jobs.ingest.IngestSummary;
import io.rewardlake.jobs.clean.CleanSummary;
import io.rewardlake.jobs.evaluate.EvaluateSummary;
import io.rewardlake.jobs.report.ReportSummary;
import io.rewardlake.jobs.reward.RewardSummary;
import io.rewardlake.jobs.train.TrainSummary;
import io.rewardlake.jobs.vote.VoteSummary;
import io.rewardlake.jobs.label.LabelSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the pipeline did, stage by stage; null for stages that did not run. */
public record PipelineSummary(String lake, SynthSummary synth, IngestSummary ingest, TrainSummary train,
    VoteSummary vote, LabelSummary label, CleanSummary clean, TrainSummary retrain, EvaluateSummary evaluate,
    List<String> evidence, RewardSummary reward, double seconds, ReportSummary report) {

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "pipeline finished in %.1f s; lake: %s", seconds, lake));
    if (synth != null) {
      lines.add(String.format(Locale.ROOT, "synth: %,d prompts, %,d candidates, %,d pairs (%,d flipped, %,d ambiguous)",
          synth.prompts(), synth.candidates(), synth.pairs(), synth.flipped(), synth.ambiguous()));
    }
    if (ingest != null) {
      lines.addAll(ingest.lines());
    }
    if (train != null) {
      lines.addAll(train.lines());
    }
    if (vote != null) {
      lines.addAll(vote.lines());
    }
    if (label != null) {
      lines.addAll(label.lines());
    }
    if (clean != null) {
      lines.addAll(clean.lines());
    }
    if (retrain != null) {
      lines.addAll(retrain.lines().stream().map(line -> line.replaceFirst("^train:", "retrain:")).toList());
    }
    if (evaluate != null) {
      lines.addAll(evaluate.lines());
    }
    lines.addAll(evidence);
    if (reward != null) {
      lines.addAll(reward.lines());
    }
    lines.add("query: spark-sql (with Delta) -e \"SELECT split, count(*) FROM delta.`" + lake
        + "/pairs` GROUP BY split\"");
    if (report != null) {
      lines.addAll(report.lines());
    }
    return lines;
  }
}
