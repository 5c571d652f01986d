package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.evaluate.AblationConfig;
import io.rewardlake.jobs.evaluate.AuditConfig;
import io.rewardlake.jobs.evaluate.EvaluateConfig;
import io.rewardlake.jobs.evaluate.EvaluateJob;
import io.rewardlake.jobs.evaluate.FlipAudit;
import io.rewardlake.jobs.evaluate.SecondOpinion;
import io.rewardlake.jobs.evaluate.StrengthAblation;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Judge voting and cleaning against the ground truth of a synthetic corpus (pairs.meta):",
        "ROC-AUC of -strength_mean for injected flips, precision/recall of the flip action, and test accuracy",
        "against true preferences of the ensembles trained on raw pairs, on pairs_clean and (unless",
        "--no-oracle) on the oracle-clean corpus, with the share of the raw-to-oracle gap cleaning closes.",
        "",
        "With --inject-flips SHARE it audits any lake, synthetic or real: a copy of the pairs with SHARE of the",
        "decided training labels flipped (exact count, seeded) goes to an audit lake; train, vote, clean and",
        "retrain run there as configured, plus an oracle ensemble with the flips undone. It prints the vote's",
        "flip-detection ROC-AUC beside a length-only score (all pairs and length-matched ones), precision and",
        "recall of each cleaning action, and held-out accuracy of the raw, cleaned and oracle ensembles against",
        "the real labels with 95% bootstrap intervals. The lake's own tables are only read.",
        "",
        "With --ablation it trains the same ensemble on all pairs, without the weakest 10/20/30% by strength, and on",
        "each cleaning preset's output (in a scratch lake) and compares them on the held-out pairs.",
        "Without either, it also checks the strength deciles against a second opinion (--second-opinion)."},
    footer = {"", "Examples:",
        "  rewardlake evaluate",
        "  rewardlake evaluate --raw main --cleaned cleaned --no-oracle",
        "  rewardlake evaluate --lake my-lake --inject-flips 0.2 --seed 7",
        "  rewardlake evaluate --lake my-lake --ablation",
        "  rewardlake evaluate --lake my-lake --inject-flips 0.2 --set train.family=encoder --set clean.policy=flip-only"})
final class EvaluateCommand extends JobCommand<EvaluateCommand.Plan> {
  @Option(names = "--raw", description = "Ensemble trained on raw pairs (default: train.ensemble, ${bundle:default.train.ensemble}).")
  String raw;
  @Option(names = "--cleaned", description = "Ensemble trained on pairs_clean (default: retrain.ensemble, ${bundle:default.retrain.ensemble}).")
  String cleaned;
  @Option(names = "--vote-ensemble", description = "Ensemble whose strength rows are judged (default ${bundle:default.vote.ensemble}).")
  String voteEnsemble;
  @Option(names = "--no-oracle", description = "Do not train the oracle ensemble.")
  boolean noOracle;
  @Option(names = "--inject-flips", paramLabel = "SHARE", description = "Audit: flip this share of the decided"
      + " training labels in a copy and measure what voting and cleaning recover (0 < SHARE <= 0.5).")
  Double injectFlips;
  @Option(names = "--seed", description = "Seed of the audit's injection and of the bootstrap (default ${bundle:default.evaluate.seed}).")
  Long seed;
  @Option(names = "--audit-lake", paramLabel = "DIR", description = "Where the audit writes its copy (default"
      + " <lake>/audit/flips-<share>-seed-<seed>).")
  String auditLake;

  @Option(names = "--second-opinion", paramLabel = "SOURCE", description = "Second label the strength deciles are"
      + " checked against: auto (default), truth, annotators, label, ai, ai:JUDGE_ID, meta:KEY or none.")
  String secondOpinion;

  @Option(names = "--ablation", description = "Compare ensembles trained on all pairs, without the weakest 10/20/30%"
      + " by strength, and on each cleaning preset's output, on the held-out pairs (in a scratch lake).")
  boolean ablation;

  /** The evaluation of the lake as it is (with its second opinion), the injected-noise audit, or the ablation. */
  record Plan(EvaluateConfig evaluate, AuditConfig audit, AblationConfig ablation, String secondOpinion, long seed) {}

  @Override
  String job() {
    return "evaluate";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.TRAIN_ENSEMBLE, raw, ConfigKeys.RETRAIN_ENSEMBLE, cleaned,
        ConfigKeys.VOTE_ENSEMBLE, voteEnsemble, ConfigKeys.EVALUATE_ORACLE, noOracle ? false : null,
        ConfigKeys.EVALUATE_INJECT_FLIPS, injectFlips, ConfigKeys.EVALUATE_SEED, seed,
        ConfigKeys.EVALUATE_AUDIT_LAKE, auditLake, ConfigKeys.EVALUATE_SECOND_OPINION, secondOpinion,
        ConfigKeys.EVALUATE_ABLATION, ablation ? true : null);
  }

  @Override
  Plan config(Settings settings) {
    String opinion = settings.get(ConfigKeys.EVALUATE_SECOND_OPINION);
    long seed = settings.get(ConfigKeys.EVALUATE_SEED);
    boolean ablation = settings.get(ConfigKeys.EVALUATE_ABLATION);
    if (settings.get(ConfigKeys.EVALUATE_INJECT_FLIPS) > 0 && ablation) {
      throw new ConfigException("--inject-flips and --ablation are separate runs; give one of them.");
    }
    if (settings.get(ConfigKeys.EVALUATE_INJECT_FLIPS) > 0) {
      return new Plan(null, AuditConfig.from(settings), null, opinion, seed);
    }
    if (ablation) {
      return new Plan(null, null, AblationConfig.from(settings), opinion, seed);
    }
    return new Plan(EvaluateConfig.from(settings), null, null, opinion, seed);
  }

  @Override
  List<String> run(SparkSession spark, Plan plan, RunContext run) {
    if (plan.audit() != null) {
      return FlipAudit.run(spark, plan.audit(), run).lines();
    }
    if (plan.ablation() != null) {
      return StrengthAblation.run(spark, plan.ablation(), run).lines();
    }
    List<String> lines = new ArrayList<>(EvaluateJob.run(spark, plan.evaluate(), run).lines());
    if (!plan.secondOpinion().equals("none")) {
      SecondOpinion.Report report = SecondOpinion.measure(new Lakehouse(spark, plan.evaluate().lake()),
          plan.evaluate().voteEnsemble(), plan.secondOpinion(), plan.seed());
      lines.addAll(report == null ? List.of("evaluate: no second opinion on these pairs (" + plan.secondOpinion()
          + "): label them with bin/rewardlake label, or ingest soft labels") : report.lines());
    }
    return lines;
  }
}
