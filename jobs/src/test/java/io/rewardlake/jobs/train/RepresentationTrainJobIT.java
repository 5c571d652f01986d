package io.rewardlake.jobs.train;

import io.rewardlake.jobs.PairRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.core.model.Ensemble;
import io.rewardlake.core.model.Featurizer;
import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.repr.Objective;
import io.rewardlake.core.repr.RepresentationSettings;
import io.rewardlake.core.repr.SidedPair;
import io.rewardlake.core.train.TrainingExample;
import io.rewardlake.spark.train.RepresentationTrainer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.MlpRewardModel;
import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.ModelsTable;
import io.rewardlake.schemas.PairsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --objective ...} on a real local lake: learning, the builtin-mlp store, determinism, MetaRM input. */
class RepresentationTrainJobIT {
  private static final RunContext FIXTURE_RUN = new RunContext("fixture", "test", "0");
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @BeforeEach
  void pairs() {
    new Lakehouse(spark, lake()).write(PairsTable.CONTRACT,
        PairRows.frame(spark, TrainFixtures.separablePairs(160, 7)), WriteMode.OVERWRITE,
        new Lineage(FIXTURE_RUN, List.of(), Map.of()));
  }

  @Test
  void contrastiveMetarmEnsembleLearnsAndScoresThroughTheStore() throws Exception {
    TrainSummary summary = train(Map.of("train.objective", "contrastive+metarm", "train.members", "2",
        "train.folds", "2", "train.metarm_samples", samples(), "train.max_iterations", "10"));

    assertThat(summary.metric("test.accuracy")).isGreaterThanOrEqualTo(0.95);
    assertThat(summary.objective()).hasSize(10);
    assertThat(summary.objective()[9]).isLessThan(summary.objective()[0]);
    Row model = spark.read().format("delta").load(lake() + "/" + ModelsTable.NAME).first();
    assertThat(model.<String>getAs(ModelsTable.FAMILY)).isEqualTo(ModelMetadata.BUILTIN_MLP);
    try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(Path.of(summary.directory())))) {
      assertThat(ensemble.member(1)).isInstanceOf(MlpRewardModel.class);
      assertThat(ensemble.manifest().training()).containsEntry("objective", "contrastive+metarm");
      String prompt = "Human: something new?";
      float[] scores = ensemble.member(0).score(List.of(
          new PromptResponse(prompt, "then " + TrainFixtures.GOOD.get(1)),
          new PromptResponse(prompt, "then " + TrainFixtures.BAD.get(1))));
      assertThat(scores[0]).isGreaterThan(scores[1]);
    }
  }

  @Test
  void theSameSeedGivesTheSameParametersAndAnotherSeedOthers() {
    JavaRDD<SidedPair> pairs = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(sided(60), 2);
    RepresentationSettings settings = new RepresentationSettings(Objective.CONTRASTIVE, 4, 3, 0.1, 1e-3, 0, 0.5,
        0.1, 0.2, 16, 1.0, 1.0, 42L);
    double[] first = trained(pairs, settings);
    double[] again = trained(pairs, settings);
    double[] other = trained(pairs, settings.with(Objective.CONTRASTIVE, 43L));

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void metarmWithoutSamplesSaysHowToProvideThem() {
    assertThatThrownBy(() -> config(Map.of("train.objective", "metarm")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("train.metarm_samples")
        .hasMessageContaining("synth.shifted_pairs");
    assertThatThrownBy(() -> config(Map.of("train.objective", "simclr")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("[bt, contrastive, metarm, contrastive+metarm]");
    assertThat(config(Map.of()).representation().hiddenLayer()).isFalse();
    assertThat(config(Map.of("train.hidden_units", "4")).representation().settings().hidden()).isEqualTo(4);
  }

  private TrainSummary train(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(Map.of("lake", lake(), "train.hash_bits", "12",
        "train.max_iterations", "12", "train.hidden_units", "4", "train.learning_rate", "0.1",
        "train.contrastive_batch", "16"));
    all.putAll(settings);
    return TrainJob.run(spark, TrainConfig.from(Settings.resolve(all)), RunContext.start("train", all));
  }

  private TrainConfig config(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(settings);
    all.put("lake", lake());
    return TrainConfig.from(Settings.resolve(all));
  }

  /** Unlabelled responses, three per prompt, in the JSONL layout the synthetic candidates use. */
  private String samples() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      for (int c = 0; c < 3; c++) {
        lines.add("{\"prompt_id\":\"s" + i + "\",\"prompt\":\"Human: shifted " + i + "?\",\"response\":\"reply " + c
            + " to " + i + " " + TrainFixtures.GOOD.get(c) + "\"}");
      }
    }
    Path file = dir.resolve("samples.jsonl");
    Files.write(file, lines);
    return file.toString();
  }

  private static double[] trained(JavaRDD<SidedPair> pairs, RepresentationSettings settings) {
    return RepresentationTrainer.train(pairs, null, 1 << 12, 1, settings, step -> { }).weights().compact();
  }

  /** Featurized fixture pairs, every one trained on by the single member. */
  private static List<SidedPair> sided(int count) {
    Featurizer featurizer = new Featurizer(new FeaturizerSpec(12, 2, 3));
    List<SidedPair> out = new ArrayList<>();
    for (Row row : TrainFixtures.separablePairs(count, 3)) {
      // Fixture rows carry no schema: pairs columns by position (pair_id, source, split, prompt, chosen, rejected).
      String prompt = row.getString(3);
      TrainingExample pair = new TrainingExample(row.getString(0), "fixture", SparseFeatures.empty(), 1.0, 0, 1,
          new byte[] {1}, false, Double.NaN);
      out.add(new SidedPair(out.size(), featurizer.features(prompt, row.getString(4)),
          featurizer.features(prompt, row.getString(5)), pair));
    }
    return out;
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }
}
