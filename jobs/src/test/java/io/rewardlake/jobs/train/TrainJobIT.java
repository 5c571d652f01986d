package io.rewardlake.jobs.train;

import io.rewardlake.jobs.PairRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.model.Ensemble;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.core.train.PairHash;
import io.rewardlake.core.train.TrainingSubsets;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.ModelsTable;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train job on a real local Delta lake: learning, the model store, held-out bookkeeping, both input tables. */
class TrainJobIT {
  private static final RunContext FIXTURE_RUN = new RunContext("fixture", "test", "0");
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void aTrainedModelRanksTheBetterResponseHigherOnHeldOutPairsAndLoadsFromTheStore() throws Exception {
    writePairs(TrainFixtures.separablePairs(200, 1));
    TrainSummary summary = train(Map.of("train.members", "1", "train.scheme", "all"));

    assertThat(summary.trainingPairs()).isEqualTo(160);
    assertThat(summary.testPairs()).isEqualTo(40);
    assertThat(summary.metric("test.accuracy")).isEqualTo(1.0);
    assertThat(summary.metric("test_truth.accuracy")).isEqualTo(1.0);
    try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(Path.of(summary.directory())))) {
      String prompt = "Human: a question nobody asked before?";
      float[] scores = ensemble.member(0).score(List.of(
          new PromptResponse(prompt, "so the river " + TrainFixtures.GOOD.get(0)),
          new PromptResponse(prompt, "so the river " + TrainFixtures.BAD.get(0))));
      assertThat(scores[0]).isGreaterThan(scores[1]);
    }
  }

  @Test
  void kfoldHeldOutBookkeepingIsExactAndRecomputableFromTheStoredRule() throws Exception {
    List<Row> pairs = TrainFixtures.separablePairs(150, 2);
    writePairs(pairs);
    TrainSummary summary = train(Map.of("train.members", "4", "train.folds", "2", "train.seed", "9"));

    List<Row> models = table(ModelsTable.NAME).orderBy(ModelsTable.MEMBER_INDEX).collectAsList();
    assertThat(models).hasSize(4);
    TrainingSubsets rule = TrainingSubsets.fromMap(
        ModelStore.readManifest(new LocalModelFiles(Path.of(summary.directory()))).subsets());
    List<String> trainIds = pairs.stream().filter(row -> row.getString(2).equals("train"))
        .map(row -> row.getString(0)).toList();
    double heldOutTotal = 0;
    for (Row model : models) {
      int member = model.getAs(ModelsTable.MEMBER_INDEX);
      Map<String, Double> metrics = model.getJavaMap(model.fieldIndex(ModelsTable.METRICS));
      long expected = trainIds.stream().filter(id -> rule.multiplicity(PairHash.of(id), member) == 0).count();
      assertThat(metrics.get("oof.pairs")).as("member %d", member).isEqualTo((double) expected);
      assertThat(metrics.get("test.pairs")).isEqualTo(30.0);
      assertThat(model.<String>getAs(ModelsTable.TRAINING_SUBSET))
          .isEqualTo("kfold(seed=9,repeat=" + member / 2 + ",fold=" + member % 2 + ",folds=2)");
      assertThat(Files.exists(Path.of(model.<String>getAs(ModelsTable.PATH), ModelStore.WEIGHTS))).isTrue();
      heldOutTotal += metrics.get("oof.pairs");
    }
    // Two repeats: every training pair is held out by exactly two members.
    assertThat(heldOutTotal).isEqualTo(2.0 * trainIds.size());
    assertThat(summary.metric("oof.pairs")).isEqualTo(trainIds.size());
    assertThat(summary.metric("oof.accuracy")).isGreaterThan(0.95);
  }

  @Test
  void pairsCleanTrainsWithTargetsMarginsAndWeightsSkipsDroppedPairsAndStillScoresDroppedTestPairs() {
    List<Row> pairs = TrainFixtures.separablePairs(100, 3);
    writePairs(pairs);
    List<Row> clean = pairs.stream().map(row -> cleanRow(row, row.getString(0).compareTo("8") < 0)).toList();
    new Lakehouse(spark, lake()).write(PairsCleanTable.CONTRACT,
        spark.createDataFrame(clean, PairsCleanTable.SCHEMA), WriteMode.OVERWRITE, lineage());
    long dropped = 0;
    for (int i = 0; i < clean.size(); i++) {
      dropped += clean.get(i).getDouble(6) == 0 && pairs.get(i).getString(2).equals("train") ? 1 : 0;
    }

    TrainSummary summary = train(Map.of("train.input", "pairs_clean", "train.members", "2", "train.folds", "2",
        "train.ensemble", "cleaned"));

    assertThat(dropped).isPositive();
    assertThat(summary.skipped()).isEqualTo(dropped);
    assertThat(summary.trainingPairs() + summary.testPairs()).isEqualTo(100 - dropped);
    assertThat(summary.testPairs()).isEqualTo(20); // every test pair, dropped or not
    assertThat(summary.metric("test.accuracy")).isEqualTo(1.0);
  }

  @Test
  void retrainingAnEnsembleReplacesItsModelsRowsAndKeepsTheOldDirectory() {
    writePairs(TrainFixtures.separablePairs(60, 4));
    TrainSummary first = train(Map.of("train.members", "2", "train.folds", "2"));
    TrainSummary second = train(Map.of("train.members", "2", "train.folds", "2"));

    assertThat(second.directory()).isNotEqualTo(first.directory());
    assertThat(table(ModelsTable.NAME).count()).isEqualTo(2);
    assertThat(table(ModelsTable.NAME).filter("path LIKE '" + second.directory() + "%'").count()).isEqualTo(2);
    assertThat(Path.of(first.directory(), ModelStore.MANIFEST)).exists();
  }

  @Test
  void aWarmStartBeginsAtTheEarlierEnsemblesLossAndNeedsFewerPasses() {
    writePairs(TrainFixtures.separablePairs(200, 6));
    Map<String, String> settings = Map.of("train.members", "4", "train.folds", "2", "train.tolerance", "1e-9");
    TrainSummary cold = train(settings);
    Map<String, String> warm = new HashMap<>(settings);
    warm.put("train.ensemble", "again");
    warm.put("train.warm_start", "main");
    TrainSummary again = train(warm);

    // same pairs, folds and features: the earlier optimum is the start, so the first loss is the last one of before
    assertThat(again.objective()[0]).isCloseTo(cold.objective()[cold.objective().length - 1], within(1e-4));
    assertThat(again.objective()[0]).isLessThan(cold.objective()[0]);
    assertThat(again.iterations()).isLessThan(cold.iterations());
    assertThat(again.metric("test.accuracy")).isEqualTo(cold.metric("test.accuracy"));

    // other features, or no such ensemble yet: from zero, where the cold run began
    warm.put("train.hash_bits", "13");
    assertThat(train(warm).objective()[0]).isEqualTo(cold.objective()[0]);
    warm.put("train.hash_bits", "12");
    warm.put("train.warm_start", "nosuch");
    assertThat(train(warm).objective()[0]).isEqualTo(cold.objective()[0]);
    // a directory the user names must exist
    warm.put("train.warm_start", dir.resolve("missing").toString());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> train(warm))
        .isInstanceOf(io.rewardlake.jobs.RewardLakeException.class).hasMessageContaining("missing");
  }

  @Test
  void labelSmoothingLowersConfidenceOnTheSameData() {
    writePairs(TrainFixtures.separablePairs(100, 5));
    double sharp = train(Map.of("train.members", "1", "train.scheme", "all")).metric("test.log_loss");
    double smooth = train(Map.of("train.members", "1", "train.scheme", "all", "train.label_smoothing", "0.2",
        "train.ensemble", "smooth")).metric("test.log_loss");
    // With ε = 0.2 the optimum predicts 0.8 for chosen on separable pairs; metrics compare with the hard labels.
    assertThat(smooth).isGreaterThan(sharp).isCloseTo(-Math.log(0.8), within(0.05));
  }

  private Row cleanRow(Row pair, boolean drop) {
    return RowFactory.create(pair.getString(0), pair.getString(3), pair.getString(4), pair.getString(5), 1.0,
        drop ? 0.0 : 0.5, drop ? 0.0 : 2.0, drop ? "drop" : "keep", drop ? "test drop" : "test keep", 0.1, 0.2,
        "test-policy", "fixture-run");
  }

  private TrainSummary train(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(Map.of("lake", lake(), "train.hash_bits", "12",
        "train.max_iterations", "50"));
    all.putAll(settings);
    return TrainJob.run(spark, TrainConfig.from(Settings.resolve(all)), RunContext.start("train", all));
  }

  private void writePairs(List<Row> rows) {
    new Lakehouse(spark, lake()).write(PairsTable.CONTRACT, PairRows.frame(spark, rows),
        WriteMode.OVERWRITE, lineage());
  }

  private Dataset<Row> table(String name) {
    return spark.read().format("delta").load(lake() + "/" + name);
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }

  private static Lineage lineage() {
    return new Lineage(FIXTURE_RUN, List.of(), Map.of());
  }
}
