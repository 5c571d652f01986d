package io.rewardlake.jobs.evaluate;

import static org.apache.spark.sql.functions.col;

import io.rewardlake.core.clean.CleaningPolicy;
import io.rewardlake.core.stats.Bootstrap;
import io.rewardlake.core.stats.Interval;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.clean.CleanConfig;
import io.rewardlake.jobs.clean.CleanJob;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.jobs.train.TrainJob;
import io.rewardlake.jobs.train.TrainSummary;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.EvaluationsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code evaluate --ablation}: does the weak end of the strength distribution help or hurt? The same ensemble
 * settings trained on all pairs, on all but the weakest 10/20/30% by mean strength, and on each cleaning preset's
 * output, all scored on the held-out pairs against their labels, with bootstrap intervals and the paired difference
 * to "all pairs". Runs in a scratch lake; the corpus tables are only read and the results go to the lake's
 * {@code evaluations} table.
 */
public final class StrengthAblation {
  private static final String STAGE = "evaluate";

  private StrengthAblation() {}

  /** One training set and how its ensemble did. */
  public record Variant(String policy, String ensemble, long trainingPairs, Interval accuracy, Interval vsAll) {}

  public record Summary(AblationConfig config, long testPairs, List<Variant> variants, double seconds) {
    /** The measured values as rows of the evaluations table. */
    EvaluationRows rows() {
      EvaluationRows rows = new EvaluationRows(EvaluationsTable.ABLATION, config.voteEnsemble(), Map.of(
          "source_lake", config.sourceLake(), "scratch_lake", config.scratchLake(), "resamples",
          String.valueOf(config.resamples()), "seed", String.valueOf(config.seed())));
      for (Variant v : variants) {
        rows.add("training_pairs", v.policy(), "training", v.trainingPairs(), v.trainingPairs());
        rows.add("held_out_accuracy", v.policy(), "held_out", v.accuracy(), testPairs);
        rows.add("vs_baseline", v.policy(), "held_out", v.vsAll(), testPairs);
      }
      return rows;
    }

    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add("evaluate: strength ablation on " + config.sourceLake() + " (only read; ensembles in "
          + config.scratchLake() + ")");
      lines.add(String.format(Locale.ROOT, "  held-out accuracy against the labels, %,d test pairs, 95%% bootstrap"
          + " intervals (%,d resamples); strength of ensemble '%s'", testPairs, config.resamples(),
          config.voteEnsemble()));
      lines.add(String.format(Locale.ROOT, "    %-22s %14s  %-24s %s", "trained on", "training pairs", "accuracy",
          "vs all pairs"));
      for (Variant v : variants) {
        lines.add(String.format(Locale.ROOT, "    %-22s %,14d  %-24s %+.3f [%+.3f, %+.3f]", v.policy().equals("none")
            ? "all pairs" : v.policy(), v.trainingPairs(), v.accuracy().format(3), v.vsAll().estimate(),
            v.vsAll().low(), v.vsAll().high()));
      }
      lines.add(String.format(Locale.ROOT, "  ablation took %.1f s", seconds));
      return lines;
    }
  }

  public static Summary run(SparkSession spark, AblationConfig config, RunContext run) {
    long start = System.nanoTime();
    Lakehouse source = new Lakehouse(spark, config.sourceLake());
    Lakehouse scratch = new Lakehouse(spark, config.scratchLake());
    copy(source, scratch, config, run);
    List<String> ensembles = new ArrayList<>();
    List<Long> trainingPairs = new ArrayList<>();
    for (CleaningPolicy policy : config.variants()) {
      Progress.say(STAGE, "ablation: " + policy.id() + " (" + (ensembles.size() + 1) + "/" + config.variants().size()
          + ")");
      CleanJob.run(spark, new CleanConfig(config.scratchLake(), config.voteEnsemble(), policy, "evaluate --ablation",
          config.voteCheck(), config.minVoteEdge(), false, CleanConfig.KEEP_NEAR_DUPLICATES), run);
      String ensemble = "ablation_" + policy.id().replace('-', '_');
      TrainSummary trained = TrainJob.run(spark, config.train().withInput(PairsCleanTable.NAME, ensemble), run);
      ensembles.add(ensemble);
      trainingPairs.add(trained.trainingPairs());
    }
    Dataset<Row> test = scratch.read(PairsTable.CONTRACT, "ingest")
        .filter(col(PairsTable.SPLIT).isin(config.train().splits().toArray()).unary_$bang()
            .and(col(PairsTable.LABEL_P).isNotNull()).and(col(PairsTable.LABEL_P).notEqual(0.5)))
        .withColumn(HeldOutScoring.TRUTH, col(PairsTable.LABEL_P).gt(0.5)).cache();
    try {
      double[][] correct = HeldOutScoring.correctness(spark, config.scratchLake(), ensembles, test,
          config.voteBatch(), run);
      if (correct[0].length == 0) {
        throw new ConfigException("No held-out pair with a decided label in " + config.sourceLake() + ": ingest with"
            + " --test-fraction 0.1 (or keep a test split) so the ablation has something to score.");
      }
      Bootstrap bootstrap = new Bootstrap(config.resamples(), config.seed());
      List<Variant> variants = new ArrayList<>();
      for (int i = 0; i < ensembles.size(); i++) {
        variants.add(new Variant(config.variants().get(i).id(), ensembles.get(i), trainingPairs.get(i),
            bootstrap.mean(correct[i]), bootstrap.difference(correct[i], correct[0])));
      }
      Summary summary = new Summary(config, correct[0].length, variants, (System.nanoTime() - start) / 1e9);
      summary.rows().write(spark, config.sourceLake(), run);
      return summary;
    } finally {
      test.unpersist();
    }
  }

  /** The pairs, the vote ensemble's strength and cached embeddings, as the scratch lake's own. */
  private static void copy(Lakehouse source, Lakehouse scratch, AblationConfig config, RunContext run) {
    if (!source.exists(StrengthTable.CONTRACT)) {
      throw new ConfigException("No strength table in " + config.sourceLake() + ": run bin/rewardlake vote --ensemble "
          + config.voteEnsemble() + " first; the ablation cuts by its strength.");
    }
    Lineage lineage = new Lineage(run, List.of(), Map.of(PairsTable.NAME, source.version(PairsTable.CONTRACT),
        StrengthTable.NAME, source.version(StrengthTable.CONTRACT)));
    scratch.write(PairsTable.CONTRACT, source.read(PairsTable.CONTRACT, "ingest"), WriteMode.OVERWRITE, lineage);
    scratch.write(StrengthTable.CONTRACT, source.read(StrengthTable.CONTRACT, "vote")
        .filter(col(StrengthTable.ENSEMBLE_ID).equalTo(config.voteEnsemble())), WriteMode.OVERWRITE, lineage);
    FlipInjection.copyEmbeddings(source, scratch, lineage);
  }
}
