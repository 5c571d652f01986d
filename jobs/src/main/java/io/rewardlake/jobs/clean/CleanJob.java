package io.rewardlake.jobs.clean;

import static org.apache.spark.sql.functions.col;

import io.rewardlake.core.clean.Action;
import io.rewardlake.core.clean.ActionTally;
import io.rewardlake.core.clean.CleaningPolicy;
import io.rewardlake.core.clean.QuantileTable;
import io.rewardlake.core.clean.Statistic;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import io.rewardlake.spark.clean.CleanPairs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code clean}: {@code pairs} + the ensemble's {@code strength} → {@code pairs_clean}, one row per pair with the
 * policy's action, target, margin, weight and reason.
 *
 * <p>Quantile thresholds are resolved once, on the driver, from approximate quantiles (relative error
 * {@value #RELATIVE_ERROR}) of the voted pairs' strength, in one pass for all of them; executors then apply fixed
 * numbers. {@code pairs_clean} is replaced in one commit. The summary's counts, and its precision and recall
 * against ground truth, come from a small aggregate over the written table joined with {@code pairs.meta}.
 */
public final class CleanJob {
  /** Rank error of the quantiles: 1e-4 of the voted pairs, far below any sensible distance between thresholds. */
  static final double RELATIVE_ERROR = 1e-4;
  private static final String STAGE = "clean";
  private static final String FLIPPED = "truth_flipped";
  private static final String AMBIGUOUS = "truth_ambiguous";

  private CleanJob() {}

  public static CleanSummary run(SparkSession spark, CleanConfig config, RunContext run) {
    long start = System.nanoTime();
    Lakehouse lake = new Lakehouse(spark, config.lake());
    try {
      spark.sparkContext().setJobGroup(STAGE, "clean: read pairs and strength", false);
      CleanInput input = CleanInput.read(lake, config.ensembleId(), config.lengthDebias(), config.nearDuplicates());
      spark.sparkContext().setJobGroup(STAGE, "clean: strength quantiles", false);
      CleaningPolicy policy = resolve(config, input);
      List<String> checkLines = List.of();
      if (policy.flip() != null && !"off".equals(config.voteCheck())) {
        spark.sparkContext().setJobGroup(STAGE, "clean: compare the vote with trivial baselines", false);
        VoteCheck check = VoteCheck.measure(input.rows());
        checkLines = check.lines(config.minVoteEdge(), config.voteCheck());
        checkLines.forEach(line -> Progress.say(STAGE, line.replaceFirst("^clean: ", "")));
        if ("refuse".equals(config.voteCheck()) && !check.clearlyBetter(config.minVoteEdge())) {
          policy = policy.withFlipsWithheld(check.withheldReason(config.minVoteEdge()));
        }
      }
      Progress.say(STAGE, "policy " + policy.id() + " on ensemble '" + config.ensembleId() + "': "
          + String.join("; ", policy.describe()));
      spark.sparkContext().setJobGroup(STAGE, "clean: apply policy " + policy.id() + ", write pairs_clean", false);
      Dataset<Row> cleaned = input.rows().mapPartitions(new CleanPairs(policy, config.ensembleId(), run.runId()),
          Encoders.row(PairsCleanTable.SCHEMA));
      long rows = lake.write(PairsCleanTable.CONTRACT, cleaned, WriteMode.OVERWRITE,
          new Lineage(run, List.of(), input.tableVersions()));
      Progress.say(STAGE, String.format(Locale.ROOT, "wrote %,d rows to %s", rows,
          lake.path(PairsCleanTable.CONTRACT)));
      spark.sparkContext().setJobGroup(STAGE, "clean: tally actions", false);
      ActionTally tally = tally(lake, input.pairs());
      return new CleanSummary(policy, config.policySource(), config.ensembleId(), checkLines, tally, rows,
          lake.path(PairsCleanTable.CONTRACT), (System.nanoTime() - start) / 1e9);
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  /** The policy with every quantile threshold replaced by its value on this corpus. */
  static CleaningPolicy resolve(CleanConfig config, CleanInput input) {
    try {
      return config.policy().resolve(quantiles(config, input));
    } catch (IllegalArgumentException e) {
      throw Errors.policyDoesNotFit(config.policy().id(), config.ensembleId(), e.getMessage());
    }
  }

  /** Every quantile the policy asks for, of every statistic, from one approxQuantile pass over the voted pairs. */
  private static QuantileTable quantiles(CleanConfig config, CleanInput input) {
    List<Statistic> statistics = new ArrayList<>();
    TreeSet<Double> probabilities = new TreeSet<>();
    for (Statistic statistic : Statistic.values()) {
      double[] quantiles = config.policy().quantiles(statistic);
      if (quantiles.length > 0) {
        statistics.add(statistic);
        Arrays.stream(quantiles).forEach(probabilities::add);
      }
    }
    QuantileTable table = new QuantileTable(Map.of());
    if (statistics.isEmpty()) {
      return table;
    }
    double[] qs = probabilities.stream().mapToDouble(Double::doubleValue).toArray();
    double[][] values = input.voted().stat().approxQuantile(
        statistics.stream().map(CleanJob::column).toArray(String[]::new), qs, RELATIVE_ERROR);
    for (int i = 0; i < statistics.size(); i++) {
      if (values[i].length == 0) {
        throw Errors.noStrength(config.ensembleId(), input.strengthPath(), "none of its strength rows with votes"
            + " matches a pair in pairs (were the pairs re-ingested after the vote?)");
      }
      table = table.plus(QuantileTable.of(statistics.get(i), qs, values[i]));
    }
    return table;
  }

  private static String column(Statistic statistic) {
    return statistic == Statistic.MEAN ? StrengthTable.STRENGTH_MEAN : StrengthTable.STRENGTH_STD;
  }

  /** Counts per (action, voted, ground truth) of the table just written: a handful of rows, whatever the corpus. */
  private static ActionTally tally(Lakehouse lake, Dataset<Row> pairs) {
    Dataset<Row> clean = lake.read(PairsCleanTable.CONTRACT, STAGE).select(col(PairsCleanTable.PAIR_ID),
        col(PairsCleanTable.ACTION), col(PairsCleanTable.STRENGTH_MEAN).isNotNull().as(CleanPairs.VOTED));
    Dataset<Row> truth = pairs.select(col(PairsTable.PAIR_ID).as("truth_pair_id"),
        col(PairsTable.META).getItem(ActionTally.Truth.FLIPPED.metaKey()).as(FLIPPED),
        col(PairsTable.META).getItem(ActionTally.Truth.AMBIGUOUS.metaKey()).as(AMBIGUOUS));
    List<Row> counts = clean.join(truth, clean.col(PairsCleanTable.PAIR_ID).equalTo(col("truth_pair_id")), "left")
        .groupBy(PairsCleanTable.ACTION, CleanPairs.VOTED, FLIPPED, AMBIGUOUS).count().collectAsList();
    ActionTally tally = new ActionTally();
    for (Row row : counts) {
      tally.add(Action.valueOf(row.<String>getAs(PairsCleanTable.ACTION).toUpperCase(Locale.ROOT)),
          row.getAs(CleanPairs.VOTED), row.getAs(FLIPPED), row.getAs(AMBIGUOUS), row.<Long>getAs("count"));
    }
    return tally;
  }
}
