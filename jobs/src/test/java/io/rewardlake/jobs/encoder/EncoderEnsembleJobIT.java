package io.rewardlake.jobs.encoder;

import io.rewardlake.jobs.PairRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rewardlake.core.encoder.EncoderRewardModel;
import io.rewardlake.core.encoder.TextHash;
import io.rewardlake.core.model.EncoderModels;
import io.rewardlake.core.model.Ensemble;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.train.PairHash;
import io.rewardlake.core.train.TrainingSubsets;
import io.rewardlake.core.vote.EnsembleScorers;
import io.rewardlake.core.vote.PreferencePair;
import io.rewardlake.core.vote.SharedBackboneScorer;
import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.jobs.model.EnsembleAssembler;
import io.rewardlake.jobs.reward.RewardConfig;
import io.rewardlake.jobs.reward.RewardJob;
import io.rewardlake.jobs.reward.RewardSummary;
import io.rewardlake.jobs.train.TrainConfig;
import io.rewardlake.jobs.train.TrainFixtures;
import io.rewardlake.jobs.train.TrainJob;
import io.rewardlake.jobs.train.TrainSummary;
import io.rewardlake.jobs.vote.VoteConfig;
import io.rewardlake.jobs.vote.VoteJob;
import io.rewardlake.schemas.EmbeddingsTable;
import io.rewardlake.schemas.ModelsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encoder family end to end on a local Delta lake with two real backbones (all-MiniLM-L6-v2 and bge-small, as
 * the build unpacks them): one train call, the embeddings table, out-of-fold bookkeeping per backbone, and vote and
 * reward reading the stored embeddings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EncoderEnsembleJobIT {
  private static final Path MODELS = Path.of("").toAbsolutePath().getParent().resolve("models");
  /** A DJL reward model (the udfs module's test fixture): a member of another family to mix with. */
  private static final Path DJL_FIXTURE = MODELS.getParent().resolve("udfs/src/test/resources/djl/rm-tiny");
  private static final String BACKBONES = MODELS.resolve("minilm") + "," + MODELS.resolve("bge");
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  static Path dir;
  private List<Row> pairs;
  private TrainSummary trained;

  @BeforeAll
  void trainOneEnsembleOverTwoBackbones() {
    pairs = TrainFixtures.separablePairs(100, 31);
    new Lakehouse(spark, lake()).write(PairsTable.CONTRACT, PairRows.frame(spark, pairs),
        WriteMode.OVERWRITE, new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of()));
    trained = train(Map.of());
  }

  @Test
  void headsOverEachBackboneRankHeldOutPairsAndMembersTakeBackbonesByRepeat() throws Exception {
    assertThat(trained.members()).isEqualTo(4);
    assertThat(trained.metric("test.accuracy")).isGreaterThanOrEqualTo(0.9);
    assertThat(trained.metric("oof.accuracy")).isGreaterThanOrEqualTo(0.9);
    List<String> backbones = new ArrayList<>();
    try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(Path.of(trained.directory())))) {
      for (int m = 0; m < ensemble.size(); m++) {
        EncoderRewardModel member = (EncoderRewardModel) ensemble.member(m);
        backbones.add(member.metadata().featurizer().get(EncoderModels.BACKBONE_ID));
        assertThat(member.head().inputs()).isEqualTo(768);
      }
      assertThat(((SharedBackboneScorer) EnsembleScorers.of(ensemble)).backbones()).isEqualTo(2);
    }
    assertThat(backbones).containsExactly("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", "bge-small-en-v1.5-q",
        "bge-small-en-v1.5-q");
  }

  @Test
  void everyTrainingPairIsHeldOutByExactlyOneMemberOfEachBackbone() throws Exception {
    List<Row> models = table(ModelsTable.NAME).filter("ensemble_id = 'enc'").orderBy(ModelsTable.MEMBER_INDEX)
        .collectAsList();
    TrainingSubsets rule = TrainingSubsets.fromMap(
        ModelStore.readManifest(new LocalModelFiles(Path.of(trained.directory()))).subsets());
    List<String> trainIds = pairs.stream().filter(row -> row.getString(2).equals("train"))
        .map(row -> row.getString(0)).toList();
    for (String id : trainIds) {
      long minilm = List.of(0, 1).stream().filter(m -> rule.multiplicity(PairHash.of(id), m) == 0).count();
      long bge = List.of(2, 3).stream().filter(m -> rule.multiplicity(PairHash.of(id), m) == 0).count();
      assertThat(List.of(minilm, bge)).as(id).containsExactly(1L, 1L);
    }
    for (Row model : models) {
      int member = model.getAs(ModelsTable.MEMBER_INDEX);
      Map<String, Double> metrics = model.getJavaMap(model.fieldIndex(ModelsTable.METRICS));
      long expected = trainIds.stream().filter(id -> rule.multiplicity(PairHash.of(id), member) == 0).count();
      assertThat(metrics.get("oof.pairs")).as("member %d", member).isEqualTo((double) expected);
      assertThat(model.<String>getAs(ModelsTable.FAMILY)).isEqualTo("encoder");
    }
  }

  @Test
  void theEmbeddingsTableHoldsEachDistinctTextOncePerBackbone() {
    Set<String> texts = new HashSet<>();
    for (Row pair : pairs) {
      texts.addAll(List.of(pair.getString(3), pair.getString(4), pair.getString(5)));
    }
    // Other tests may add texts of their own (reward's samples); the pairs' texts are each there once per backbone.
    List<String> hashes = texts.stream().map(TextHash::of).toList();
    Dataset<Row> embeddings = table(EmbeddingsTable.NAME);
    for (String backbone : List.of("all-minilm-l6-v2-q", "bge-small-en-v1.5-q")) {
      Dataset<Row> mine = embeddings.filter(embeddings.col("backbone_id").equalTo(backbone));
      assertThat(mine.filter(mine.col("text_hash").isin(hashes.toArray())).count()).as(backbone)
          .isEqualTo(texts.size());
      assertThat(mine.filter("size(embedding) = 384 AND tokens > 2").count()).isEqualTo(mine.count());
    }
    assertThat(embeddings.select("text_hash", "backbone_id").distinct().count()).isEqualTo(embeddings.count());
  }

  @Test
  void voteReusesTheStoredEmbeddingsAndAgreesWithTheEnsembleScoringOnItsOwn() throws Exception {
    Lakehouse lake = new Lakehouse(spark, lake());
    long version = lake.version(EmbeddingsTable.CONTRACT);
    Map<String, String> settings = settings(Map.of("vote.ensemble", "enc"));
    VoteJob.run(spark, VoteConfig.from(Settings.resolve(settings)), RunContext.start("vote", settings));

    assertThat(lake.version(EmbeddingsTable.CONTRACT)).as("every text was embedded by train: no new commit")
        .isEqualTo(version);
    Map<String, Row> byId = new HashMap<>();
    pairs.forEach(pair -> byId.put(pair.getString(0), pair));
    List<Row> strength = table(StrengthTable.NAME).filter("ensemble_id = 'enc'").collectAsList();
    assertThat(strength).hasSize(pairs.size());
    try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(Path.of(trained.directory())))) {
      SharedBackboneScorer scorer = (SharedBackboneScorer) EnsembleScorers.of(ensemble);
      for (Row row : strength.subList(0, 20)) {
        Row pair = byId.get(row.<String>getAs(StrengthTable.PAIR_ID));
        double[] all = scorer.differences(List.of(new PreferencePair(pair.getString(3), pair.getString(4),
            pair.getString(5))))[0];
        boolean test = pair.getString(2).equals("test");
        assertThat(row.<Integer>getAs(StrengthTable.VOTING_MEMBERS)).isEqualTo(test ? 4 : 2);
        List<Double> diffs = row.getList(row.fieldIndex(StrengthTable.DIFFS));
        double expectedMean = 0;
        int voters = 0;
        for (int m = 0; m < 4; m++) {
          if (test || voted(m, pair.getString(0))) {
            expectedMean += all[m];
            voters++;
          }
        }
        // Stored and freshly computed embeddings differ only by the quantized model's batch composition.
        assertThat(row.<Double>getAs(StrengthTable.STRENGTH_MEAN)).isCloseTo(expectedMean / voters, within(0.02));
        assertThat(diffs).hasSize(voters);
      }
    }
  }

  @Test
  void rewardScoresSamplesThroughStoredEmbeddingsAndPrefersTheGoodAnswers() throws Exception {
    Path samples = dir.resolve("samples.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int p = 0; p < 6; p++) {
      for (int c = 0; c < 2; c++) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("candidate_id", "p" + p + "-c" + c);
        record.put("prompt_id", "p" + p);
        record.put("prompt", "Human: question " + p + " about the garden?");
        record.put("response", "so the river " + (c == 0 ? TrainFixtures.GOOD : TrainFixtures.BAD).get(p % 3));
        lines.add(json.writeValueAsString(record));
      }
    }
    Files.write(samples, lines);
    Map<String, String> settings = settings(Map.of("reward.input", samples.toString(), "reward.ensemble", "enc"));
    RewardSummary summary = RewardJob.run(spark, RewardConfig.from(Settings.resolve(settings)),
        RunContext.start("reward", settings));

    assertThat(summary.samples()).isEqualTo(12);
    List<Row> picks = table("best_of_n").filter("ensemble_id = 'enc'").collectAsList();
    assertThat(picks).isNotEmpty().allSatisfy(pick -> assertThat(pick.<String>getAs("sample_id")).endsWith("-c0"));
    assertThat(table(EmbeddingsTable.NAME).filter("backbone_id = 'bge-small-en-v1.5-q'").count())
        .as("the samples' new texts were embedded into the table").isGreaterThan(0);
  }

  @Test
  void encoderMembersAndAnotherFamilyAssembledIntoOneEnsembleAllVote() {
    String mixed = dir.resolve("mixed").toString();
    EnsembleAssembler.assemble("mixed", mixed, List.of(trained.directory(), DJL_FIXTURE.toString()), "test",
        spark.sparkContext().hadoopConfiguration());
    Map<String, String> settings = settings(Map.of("vote.ensemble", mixed));
    var summary = VoteJob.run(spark, VoteConfig.from(Settings.resolve(settings)), RunContext.start("vote", settings));

    assertThat(summary.members()).isEqualTo(5);
    assertThat(summary.rows()).isEqualTo(pairs.size());
    assertThat(table(StrengthTable.NAME).filter("ensemble_id = 'mixed' AND voting_members = 5").count())
        .isEqualTo(pairs.size());
  }

  @Test
  void hiddenLayerHeadsTrainOverOneBackboneAndLoadWithTheirHiddenUnits() throws Exception {
    TrainSummary summary = train(Map.of("train.ensemble", "enc-mlp", "train.backbones",
        MODELS.resolve("minilm").toString(), "train.members", "2", "train.hidden_units", "8",
        "train.learning_rate", "0.1", "train.max_iterations", "25"));

    assertThat(summary.metric("test.accuracy")).isGreaterThanOrEqualTo(0.9);
    try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(Path.of(summary.directory())))) {
      EncoderRewardModel member = (EncoderRewardModel) ensemble.member(1);
      assertThat(member.head().shape().hidden()).isEqualTo(8);
      assertThat(member.head().inputs()).isEqualTo(768);
    }
    assertThatThrownBy(() -> train(Map.of("train.ensemble", "enc-mlp2", "train.hidden_units", "8")))
        .isInstanceOf(RewardLakeException.class).hasMessageContaining("one backbone");
  }

  // Sets rewardlake.home for a moment: classes run in parallel (see the failsafe configuration).
  @ResourceLock(Resources.SYSTEM_PROPERTIES)
  @Test
  void wrongBackbonesAndSettingsFailBeforeAnySparkWorkWithWhatToDo() {
    String home = System.getProperty("rewardlake.home");
    System.setProperty("rewardlake.home", MODELS.getParent().toString());
    try {
      assertThat(TrainConfig.from(Settings.resolve(settings(Map.of("train.backbones", "minilm,bge")))).encoder()
          .backbones()).containsExactly(MODELS.resolve("minilm").toString(), MODELS.resolve("bge").toString());
      assertThatThrownBy(() -> TrainConfig.from(Settings.resolve(settings(Map.of("train.backbones", "nosuch")))))
          .isInstanceOf(ConfigException.class).hasMessageContaining("no backbone 'nosuch'")
          .hasMessageContaining("shipped: [bge, e5, minilm]");
    } finally {
      if (home == null) {
        System.clearProperty("rewardlake.home");
      } else {
        System.setProperty("rewardlake.home", home);
      }
    }
    assertThatThrownBy(() -> TrainConfig.from(Settings.resolve(settings(Map.of("train.members", "2")))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("2 backbones need at least 2 repeats");
    Path notABackbone = dir.resolve("empty-folder");
    assertThatThrownBy(() -> train(Map.of("train.backbones", Files.createDirectories(notABackbone).toString(),
        "train.members", "2")))
        .isInstanceOf(RewardLakeException.class).hasMessageContaining("no model.json in backbone directory");
  }

  private boolean voted(int member, String pairId) throws Exception {
    TrainingSubsets rule = TrainingSubsets.fromMap(
        ModelStore.readManifest(new LocalModelFiles(Path.of(trained.directory()))).subsets());
    return rule.multiplicity(PairHash.of(pairId), member) == 0;
  }

  private TrainSummary train(Map<String, String> overrides) {
    Map<String, String> all = settings(overrides);
    return TrainJob.run(spark, TrainConfig.from(Settings.resolve(all)), RunContext.start("train", all));
  }

  private Map<String, String> settings(Map<String, String> overrides) {
    Map<String, String> all = new HashMap<>(Map.of("lake", lake(), "train.family", "encoder", "train.backbones",
        BACKBONES, "train.members", "4", "train.folds", "2", "train.ensemble", "enc", "train.max_iterations", "50"));
    all.putAll(overrides);
    return all;
  }

  private Dataset<Row> table(String name) {
    return spark.read().format("delta").load(lake() + "/" + name);
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }
}
