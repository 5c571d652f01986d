package io.rewardlake.jobs.vote;

import io.rewardlake.jobs.PairRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.model.Ensemble;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.core.train.TrainingSubsets;
import io.rewardlake.core.text.PairIds;
import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.jobs.model.EnsembleAssembler;
import io.rewardlake.jobs.train.TrainConfig;
import io.rewardlake.jobs.train.TrainFixtures;
import io.rewardlake.jobs.train.TrainJob;
import io.rewardlake.jobs.train.TrainSummary;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vote job, its report and the SQL functions on a real local lake with a 4-member ensemble, trained once for the
 * class (every test votes itself, so none depends on another's strength rows).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoteJobIT {
  private static final int PAIRS = 120;
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  static Path dir;
  private TrainSummary trained;
  private List<String> flippedIds;

  @BeforeAll
  void trainAnEnsembleOnPairsWithSomeFlippedLabels() {
    List<Row> rows = new ArrayList<>();
    flippedIds = new ArrayList<>();
    List<Row> separable = TrainFixtures.separablePairs(PAIRS, 11);
    for (int i = 0; i < separable.size(); i++) {
      Row pair = separable.get(i);
      boolean flip = i % 10 == 3;
      rows.add(flip ? flipped(pair) : withFlipFlag(pair, false));
      if (flip) {
        flippedIds.add(rows.get(i).getString(0));
      }
    }
    new Lakehouse(spark, lake()).write(PairsTable.CONTRACT, PairRows.frame(spark, rows),
        WriteMode.OVERWRITE, new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of()));
    trained = TrainJob.run(spark, TrainConfig.from(Settings.resolve(settings(Map.of("train.members", "4",
        "train.folds", "2")))), RunContext.start("train", Map.of()));
  }

  @Test
  void outOfFoldVotesComeFromTheMembersThatHeldEachPairOutAndMatchTheStoredModels() throws Exception {
    VoteSummary summary = vote(Map.of());

    assertThat(summary.rows()).isEqualTo(PAIRS);
    Dataset<Row> strength = table(StrengthTable.NAME);
    assertThat(strength.filter("NOT out_of_fold").count()).isZero();
    assertThat(strength.filter("voting_members = 4").count()).isEqualTo(PAIRS / 5); // the test split
    assertThat(strength.filter("voting_members = 2").count()).isEqualTo(PAIRS - PAIRS / 5);

    Row pair = table(PairsTable.NAME).filter("split = 'train'").orderBy("pair_id").first();
    Row row = strength.filter("pair_id = '" + pair.getAs("pair_id") + "'").first();
    TrainingSubsets subsets = new TrainingSubsets(io.rewardlake.core.train.SubsetScheme.KFOLD, 4, 2, 42);
    byte[] multiplicities = subsets.multiplicities(pair.getAs("pair_id"));
    List<Double> expected = new ArrayList<>();
    try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(Path.of(trained.directory())))) {
      for (int m = 0; m < 4; m++) {
        if (multiplicities[m] == 0) {
          float[] scores = ensemble.member(m).score(List.of(new PromptResponse(pair.getAs("prompt"),
              pair.getAs("chosen")), new PromptResponse(pair.getAs("prompt"), pair.getAs("rejected"))));
          expected.add((double) scores[0] - scores[1]);
        }
      }
    }
    List<Double> diffs = row.getList(row.fieldIndex(StrengthTable.DIFFS));
    assertThat(diffs).hasSize(2);
    for (int k = 0; k < 2; k++) {
      assertThat(diffs.get(k)).isCloseTo(expected.get(k), within(1e-4));
    }
    assertThat(row.<Double>getAs(StrengthTable.STRENGTH_MEAN))
        .isCloseTo((diffs.get(0) + diffs.get(1)) / 2, within(1e-12));
  }

  @Test
  void theReportFindsTheFlippedLabels() {
    StrengthDistribution distribution = vote(Map.of()).distribution();

    // Each training pair is voted on by 2 members that trained on half the pairs: near-perfect, not perfect.
    List<String> negative = table(StrengthTable.NAME).filter("strength_mean < 0").select("pair_id")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(negative.stream().filter(flippedIds::contains).count()).isGreaterThanOrEqualTo(flippedIds.size() - 1)
        .isGreaterThanOrEqualTo(negative.size() - 1);
    assertThat(distribution.flips().flipped()).isEqualTo(flippedIds.size());
    assertThat(distribution.flips().auc()).isGreaterThan(0.95);
    assertThat(distribution.negativeShare()).isCloseTo(negative.size() / (double) PAIRS, within(1e-9));
    assertThat(distribution.deciles()).hasSize(10);
    assertThat(distribution.deciles().get(0).truthAgreement()).isLessThan(distribution.deciles().get(9)
        .truthAgreement());
    assertThat(distribution.deciles().stream().mapToLong(Decile::pairs).sum()).isEqualTo(PAIRS);
    assertThat(distribution.histogram().counts()).hasSize(StrengthReport.HISTOGRAM_BINS);
    assertThat(java.util.Arrays.stream(distribution.histogram().counts()).sum()).isEqualTo(PAIRS);
  }

  @Test
  void modeAllLetsEveryMemberVoteAndReplacesTheEnsemblesRows() {
    vote(Map.of());
    vote(Map.of("vote.mode", "all"));

    Dataset<Row> strength = table(StrengthTable.NAME);
    assertThat(strength.count()).isEqualTo(PAIRS);
    assertThat(strength.filter("voting_members = 4").count()).isEqualTo(PAIRS);
    assertThat(strength.filter("out_of_fold").count()).isEqualTo(PAIRS / 5);
  }

  @Test
  void sqlFunctionsGiveTheInSampleVoteOfTheStrengthTable() {
    vote(Map.of("vote.mode", "all"));
    SqlFunctions.register(spark, new Lakehouse(spark, lake()), "main", 1.0);
    spark.read().format("delta").load(lake() + "/pairs").createOrReplaceTempView("vote_test_pairs");

    Row row = spark.sql("SELECT p.pair_id, preference_strength(p.prompt, p.chosen, p.rejected) AS s,"
        + " rm_score(p.prompt, p.chosen) - rm_score(p.prompt, p.rejected) AS d, size(rm_scores(p.prompt, p.chosen))"
        + " AS n, preference_strength(NULL, p.chosen, p.rejected) AS missing FROM vote_test_pairs p"
        + " ORDER BY p.pair_id LIMIT 1").first();
    Row stored = table(StrengthTable.NAME).filter("pair_id = '" + row.getString(0) + "'").first();
    Row s = row.getStruct(1);

    assertThat(s.<Double>getAs("strength_mean")).isCloseTo(stored.getAs("strength_mean"), within(1e-9));
    assertThat(s.<Double>getAs("strength_std")).isCloseTo(stored.getAs("strength_std"), within(1e-9));
    assertThat(s.<Integer>getAs("votes_for_chosen")).isEqualTo(stored.<Integer>getAs("votes_for_chosen"));
    assertThat(s.<Integer>getAs("voting_members")).isEqualTo(4);
    assertThat(row.getDouble(2)).isCloseTo(stored.getAs("strength_mean"), within(1e-9));
    assertThat(row.getInt(3)).isEqualTo(4);
    assertThat(row.isNullAt(4)).isTrue();
  }

  @Test
  void aMixedEnsembleWithADjlMemberVotesWithEveryMemberAndTheDjlDifferencesAreTheModels() throws Exception {
    Path tiny = Path.of("").toAbsolutePath().getParent().resolve("udfs/src/test/resources/djl/rm-tiny");
    String mixed = dir.resolve("mixed-" + System.nanoTime()).toString();
    EnsembleAssembler.assemble("mixed", mixed, List.of(trained.directory(), tiny.toString()), "test",
        new org.apache.hadoop.conf.Configuration());

    VoteSummary summary = vote(Map.of("vote.ensemble", mixed));

    assertThat(summary.mode()).isEqualTo("all");
    Dataset<Row> strength = table(StrengthTable.NAME).filter("ensemble_id = 'mixed'");
    assertThat(strength.count()).isEqualTo(PAIRS);
    assertThat(strength.filter("voting_members = 5 AND NOT out_of_fold").count()).isEqualTo(PAIRS);
    Row pair = table(PairsTable.NAME).orderBy("pair_id").first();
    Row row = strength.filter("pair_id = '" + pair.getAs("pair_id") + "'").first();
    List<Double> diffs = row.getList(row.fieldIndex(StrengthTable.DIFFS));
    try (var djl = ModelStore.loadModel(new LocalModelFiles(tiny))) {
      float[] scores = djl.score(List.of(new PromptResponse(pair.getAs("prompt"), pair.getAs("chosen")),
          new PromptResponse(pair.getAs("prompt"), pair.getAs("rejected"))));
      assertThat(diffs.get(4)).isCloseTo((double) scores[0] - scores[1], within(1e-5));
    }
    assertThatThrownBy(() -> vote(Map.of("vote.ensemble", mixed, "vote.mode", "oof")))
        .isInstanceOf(RewardLakeException.class).hasMessageContaining("vote with mode 'all'");
  }

  /** The other tests count every strength row of the shared lake, so the mixed ensemble's rows go again. */
  @org.junit.jupiter.api.AfterEach
  void dropOtherEnsemblesRows() {
    if (new java.io.File(lake(), StrengthTable.NAME).exists()) {
      spark.sql("DELETE FROM delta.`" + lake() + "/" + StrengthTable.NAME + "` WHERE ensemble_id <> 'main'");
    }
  }

  @Test
  void anUnknownEnsembleOrAnImpossibleModeIsAClearError() {
    assertThatThrownBy(() -> vote(Map.of("vote.ensemble", "nope"))).isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("No ensemble 'nope'").hasMessageContaining("[main]");
    TrainJob.run(spark, TrainConfig.from(Settings.resolve(settings(Map.of("train.members", "1",
        "train.scheme", "all", "train.ensemble", "single")))), RunContext.start("train", Map.of()));
    assertThatThrownBy(() -> vote(Map.of("vote.ensemble", "single"))).isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("scheme 'all'");
  }

  private VoteSummary vote(Map<String, String> settings) {
    Map<String, String> all = settings(settings);
    return VoteJob.run(spark, VoteConfig.from(Settings.resolve(all)), RunContext.start("vote", all));
  }

  private Map<String, String> settings(Map<String, String> overrides) {
    Map<String, String> all = new HashMap<>(Map.of("lake", lake(), "train.hash_bits", "12",
        "train.max_iterations", "50", "vote.batch_size", "7"));
    all.putAll(overrides);
    return all;
  }

  private static Row flipped(Row pair) {
    String prompt = pair.getString(3);
    return RowFactory.create(PairIds.of(prompt, pair.getString(5), pair.getString(4)), pair.getString(1),
        pair.getString(2), prompt, pair.getString(5), pair.getString(4), pair.getString(6), pair.get(7),
        Map.of("true_p_chosen", "0.0", "flipped", "true"), pair.getString(9));
  }

  private static Row withFlipFlag(Row pair, boolean flipped) {
    return RowFactory.create(pair.getString(0), pair.getString(1), pair.getString(2), pair.getString(3),
        pair.getString(4), pair.getString(5), pair.getString(6), pair.get(7),
        Map.of("true_p_chosen", "1.0", "flipped", Boolean.toString(flipped)), pair.getString(9));
  }

  private Dataset<Row> table(String name) {
    return spark.read().format("delta").load(lake() + "/" + name);
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }
}
