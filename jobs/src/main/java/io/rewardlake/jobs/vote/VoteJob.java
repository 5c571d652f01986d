package io.rewardlake.jobs.vote;

import static org.apache.spark.sql.functions.col;

import io.rewardlake.core.vote.VoteMode;
import io.rewardlake.core.vote.VoterSelection;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.encoder.EmbeddingStage;
import io.rewardlake.jobs.encoder.StoredEmbeddings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.model.EnsembleLocator;
import io.rewardlake.jobs.model.EnsembleLocator.LocatedEnsemble;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import io.rewardlake.spark.vote.EnsembleHandle;
import io.rewardlake.spark.vote.VotePartition;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code vote}: {@code pairs} + an ensemble → {@code strength}. Executors load the ensemble once per JVM and vote in
 * batches ({@link VotePartition}); the ensemble's rows in {@code strength} are replaced in one Delta commit, so a
 * crash leaves the previous vote in place and a re-run finishes the job.
 */
public final class VoteJob {
  private static final String STAGE = "vote";

  private VoteJob() {}

  public static VoteSummary run(SparkSession spark, VoteConfig config, RunContext run) {
    long start = System.nanoTime();
    Lakehouse lake = new Lakehouse(spark, config.lake());
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest");
    long pairsVersion = lake.version(PairsTable.CONTRACT);
    LocatedEnsemble ensemble = EnsembleLocator.locate(spark, lake, config.ensemble());
    VoteConfig voting = modeFor(ensemble, config);
    VoterSelection selection = selection(ensemble, voting);
    Progress.say(STAGE, "ensemble '" + ensemble.id() + "' (" + selection.members() + " members, mode "
        + voting.mode().id() + ") voting on " + lake.path(PairsTable.CONTRACT));
    spark.sparkContext().setJobGroup(STAGE, "vote: score pairs with ensemble " + ensemble.id(), false);
    try {
      Dataset<Row> strength = strengthRows(spark, pairs, ensemble, selection, voting, run);
      Lineage lineage = new Lineage(run, List.of(ensemble.directory()), Map.of(PairsTable.NAME, pairsVersion));
      long rows = lake.replaceWhere(StrengthTable.CONTRACT, strength,
          StrengthTable.ENSEMBLE_ID + " = '" + ensemble.id() + "'", lineage);
      double seconds = (System.nanoTime() - start) / 1e9;
      Progress.say(STAGE, String.format(java.util.Locale.ROOT, "%,d pairs voted in %.1f s", rows, seconds));
      spark.sparkContext().setJobGroup(STAGE, "vote: summarise strength", false);
      Dataset<Row> written = lake.read(StrengthTable.CONTRACT, STAGE)
          .filter(col(StrengthTable.ENSEMBLE_ID).equalTo(ensemble.id()));
      return new VoteSummary(ensemble.id(), ensemble.directory(), voting.mode().id(), selection.members(), rows,
          seconds, StrengthReport.of(written, pairs));
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  /**
   * Strength rows of the configured ensemble for {@code pairs} (any rows with {@link VotePartition#INPUT_COLUMNS}),
   * computed but not written: {@code evaluate} scores held-out pairs this way.
   */
  public static Dataset<Row> score(SparkSession spark, VoteConfig config, Dataset<Row> pairs, RunContext run) {
    LocatedEnsemble ensemble = EnsembleLocator.locate(spark, new Lakehouse(spark, config.lake()), config.ensemble());
    return strengthRows(spark, pairs, ensemble, selection(ensemble, config), config, run);
  }

  /**
   * An ensemble that records no training subsets (assembled with {@code rewardlake assemble}, or external models
   * trained elsewhere) has no held-out members to find. With the mode left at its default it votes with mode all and
   * says so; a mode the user chose explicitly is kept, so {@code --mode oof} still fails with the reason.
   */
  private static VoteConfig modeFor(LocatedEnsemble ensemble, VoteConfig config) {
    if (config.modeChosen() || config.mode() != VoteMode.OOF || !ensemble.manifest().subsets().isEmpty()) {
      return config;
    }
    Progress.say(STAGE, "ensemble '" + ensemble.id() + "' records no training subsets (external or assembled"
        + " members), so every member votes on every pair (mode all)");
    return new VoteConfig(config.lake(), config.ensemble(), VoteMode.ALL, config.batchSize(), config.partitions(),
        false);
  }

  private static VoterSelection selection(LocatedEnsemble ensemble, VoteConfig config) {
    try {
      return VoterSelection.of(ensemble.manifest(), config.mode());
    } catch (IllegalArgumentException e) {
      throw Errors.cannotVote(ensemble.id(), e.getMessage());
    }
  }

  /** The texts of a pair that encoder members embed. */
  private static final List<EmbeddingStage.Role> ROLES = List.of(
      new EmbeddingStage.Role("prompt", PairsTable.PROMPT, true),
      new EmbeddingStage.Role("chosen", PairsTable.CHOSEN, false),
      new EmbeddingStage.Role("rejected", PairsTable.REJECTED, false));

  private static Dataset<Row> strengthRows(SparkSession spark, Dataset<Row> pairs, LocatedEnsemble ensemble,
      VoterSelection selection, VoteConfig config, RunContext run) {
    Dataset<Row> input = pairs.select(VotePartition.INPUT_COLUMNS.stream().map(pairs::col).toArray(Column[]::new));
    if (config.partitions() > 0) {
      input = input.repartition(config.partitions());
    }
    StoredEmbeddings.Attached attached = StoredEmbeddings.attach(spark, new Lakehouse(spark, config.lake()), run,
        ensemble.directory(), input, ROLES, EmbeddingStage.DEFAULT_BATCH, STAGE);
    VotePartition vote = new VotePartition(EnsembleHandle.of(spark, ensemble.directory()), ensemble.id(), selection,
        config.batchSize(), run.runId(), attached.columns());
    JavaRDD<Row> rows = attached.rows().javaRDD().mapPartitions(vote);
    return spark.createDataFrame(rows, StrengthTable.SCHEMA);
  }
}
