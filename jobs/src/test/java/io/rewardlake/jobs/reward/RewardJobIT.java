package io.rewardlake.jobs.reward;

import io.rewardlake.jobs.PairRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.stats.Interval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rewardlake.core.model.Ensemble;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.core.reward.MemberMoments;
import io.rewardlake.core.reward.MemberScales;
import io.rewardlake.core.reward.RewardStats;
import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.jobs.train.TrainConfig;
import io.rewardlake.jobs.train.TrainFixtures;
import io.rewardlake.jobs.train.TrainJob;
import io.rewardlake.jobs.train.TrainSummary;
import io.rewardlake.jobs.vote.SqlFunctions;
import io.rewardlake.schemas.PairsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The reward job on a real lake with a 4-member ensemble trained once for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RewardJobIT {
  private static final int PROMPTS = 6;
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  static Path dir;
  private TrainSummary trained;
  private Path samples;

  @BeforeAll
  void trainAnEnsembleAndWriteCandidates() throws Exception {
    new Lakehouse(spark, lake()).write(PairsTable.CONTRACT,
        PairRows.frame(spark, TrainFixtures.separablePairs(80, 21)), WriteMode.OVERWRITE,
        new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of()));
    trained = TrainJob.run(spark, TrainConfig.from(Settings.resolve(settings(Map.of("train.members", "4",
        "train.folds", "2")))), RunContext.start("train", Map.of()));
    samples = dir.resolve("samples.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int p = 0; p < PROMPTS; p++) {
      for (int c = 0; c < 4; c++) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("candidate_id", "p" + p + "-c" + c);
        record.put("prompt_id", "p" + p);
        record.put("prompt", "Human: question " + p + "?");
        boolean good = c % 2 == 0;
        record.put("response", "so the river " + (good ? TrainFixtures.GOOD : TrainFixtures.BAD).get(c / 2));
        record.put("quality", good ? 1.0 : -1.0);
        lines.add(json.writeValueAsString(record));
      }
    }
    Files.write(samples, lines);
  }

  @Test
  void everySampleGetsTheStatisticsOfItsStandardisedMemberRewards() throws Exception {
    RewardSummary summary = reward(Map.of("reward.lambda", "1.5"));

    Dataset<Row> rewards = table("rewards");
    assertThat(summary.samples()).isEqualTo(PROMPTS * 4L).isEqualTo(rewards.count());
    List<Row> rows = rewards.orderBy("sample_id").collectAsList();
    List<double[]> raw = new ArrayList<>();
    try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(Path.of(trained.directory())))) {
      MemberMoments moments = new MemberMoments(4);
      for (Row row : rows) {
        double[] memberRewards = new double[4];
        for (int m = 0; m < 4; m++) {
          memberRewards[m] = ensemble.member(m).score(List.of(new PromptResponse(
              "Human: question " + row.getString(row.fieldIndex("sample_id")).charAt(1) + "?",
              row.getAs("response"))))[0];
        }
        raw.add(memberRewards);
        moments.add(memberRewards);
      }
      MemberScales scales = moments.scales();
      for (int i = 0; i < rows.size(); i++) {
        RewardStats expected = RewardStats.of(raw.get(i), scales, 1.5);
        Row row = rows.get(i);
        assertThat(row.<Double>getAs("reward_mean")).isCloseTo(expected.mean(), within(1e-4));
        assertThat(row.<Double>getAs("reward_std")).isCloseTo(expected.std(), within(1e-4));
        assertThat(row.<Double>getAs("reward_min")).isCloseTo(expected.min(), within(1e-4));
        assertThat(row.<Double>getAs("reward_lcb")).isCloseTo(expected.lcb(), within(1e-4));
        assertThat(row.<Double>getAs("lambda")).isEqualTo(1.5);
      }
    }
  }

  @Test
  void lambdaZeroMakesTheConservativeRewardTheMean() {
    reward(Map.of("reward.lambda", "0"));

    assertThat(table("rewards").filter("reward_lcb != reward_mean").count()).isZero();
  }

  @Test
  void bestOfNPicksTheTopCandidateOfEachPromptUnderEachRule() {
    RewardSummary summary = reward(Map.of());

    Dataset<Row> picks = table("best_of_n");
    assertThat(picks.count()).isEqualTo(3L * PROMPTS).isEqualTo(summary.picks());
    for (String rule : List.of("mean", "lcb", "min")) {
      String score = "reward_" + rule;
      long notTop = spark.sql("SELECT b.prompt_id FROM delta.`" + lake() + "/best_of_n` b JOIN delta.`" + lake()
          + "/rewards` r ON r.prompt_id = b.prompt_id WHERE b.rule = '" + rule + "' AND r." + score + " > b." + score)
          .count();
      assertThat(notTop).as(rule).isZero();
      assertThat(picks.filter("rule = '" + rule + "' AND candidates = 4").count()).isEqualTo(PROMPTS);
    }
    // the ensemble separates good from bad: every rule picks a good response
    assertThat(picks.filter("response LIKE '%river here%' OR response LIKE '%river happy%'"
        + " OR response LIKE '%river a careful%'").count()).isEqualTo(3L * PROMPTS);
    List<OverOptimisation.Point> points = summary.curve().points();
    assertThat(points).extracting(OverOptimisation.Point::n).containsExactly(1, 2, 4);
    // N = 4: every prompt has gold 1, -1, 1, -1, so a random candidate averages 0 and every rule picks a 1
    Interval zero = new Interval(0, 0, 0);
    assertThat(points.get(2).random()).isEqualTo(zero);
    assertThat(points.get(2).byRule()).containsOnly(new Interval(1, 1, 1));
    assertThat(points.get(2).lcbMinusMean()).isEqualTo(zero);
    assertThat(points.get(0).random()).isEqualTo(points.get(0).byRule()[0]);
    assertThat(summary.curve().sweep().n()).isEqualTo(4);
    assertThat(summary.curve().sweep().gold()).containsOnly(new Interval(1, 1, 1));
    Dataset<Row> gold = table("gold_curve");
    assertThat(gold.count()).isEqualTo(3 * 4 + OverOptimisation.LAMBDAS.size());
    assertThat(gold.filter("n = 4 AND selection = 'random'").first().<Double>getAs("gold")).isEqualTo(0.0);
    assertThat(gold.filter("n = 4 AND selection = 'lcb'").first().<Double>getAs("lambda")).isEqualTo(1.0);
    assertThat(String.join("\n", summary.lines())).contains("lambda sweep at N = 4", "lcb - mean");
  }

  @Test
  void goldScoresKeptInTheirOwnTableGiveTheSameCurveAsAGoldColumn() throws Exception {
    // the samples without their gold; the gold apart, keyed by candidate id or, for one prompt, by prompt and response
    ObjectMapper json = new ObjectMapper();
    List<String> bare = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (String line : Files.readAllLines(samples)) {
      com.fasterxml.jackson.databind.node.ObjectNode record = (com.fasterxml.jackson.databind.node.ObjectNode)
          json.readTree(line);
      Map<String, Object> score = new java.util.LinkedHashMap<>();
      if (record.get("prompt_id").asText().equals("p0")) {
        score.put("prompt", record.get("prompt").asText());
        score.put("response", record.get("response").asText());
        record.remove("candidate_id");
      } else {
        score.put("candidate_id", record.get("candidate_id").asText());
      }
      score.put("gpt4_preference", record.remove("quality").asDouble());
      bare.add(json.writeValueAsString(record));
      gold.add(json.writeValueAsString(score));
    }
    Path bareSamples = Files.write(dir.resolve("bare.jsonl"), bare);
    Path goldTable = Files.write(dir.resolve("gold.jsonl"), gold);

    RewardSummary apart = reward(Map.of("reward.input", bareSamples.toString(), "reward.gold", "gpt4_preference",
        "reward.gold_table", goldTable.toString()));

    // Smaller N subsample candidates by sample id, which changed for p0; at N = 4 every candidate is in, so every
    // rule picks a gold-1 candidate as with the gold column (see bestOfNPicksTheTopCandidateOfEachPromptUnderEachRule),
    // and so does the lambda sweep: the gold reached every sample through the join.
    List<OverOptimisation.Point> points = apart.curve().points();
    assertThat(points).extracting(OverOptimisation.Point::n).containsExactly(1, 2, 4);
    assertThat(points.get(2).byRule()).containsOnly(new Interval(1, 1, 1));
    assertThat(points.get(2).prompts()).isEqualTo((long) PROMPTS);
    assertThat(apart.curve().sweep().gold()).containsOnly(new Interval(1, 1, 1));
    assertThat(points.get(2).random()).isEqualTo(new Interval(0, 0, 0));
    assertThatThrownBy(() -> reward(Map.of("reward.input", bareSamples.toString(), "reward.gold", "quality",
        "reward.gold_table", goldTable.toString()))).isInstanceOf(io.rewardlake.jobs.config.ConfigException.class)
        .hasMessageContaining("gold table").hasMessageContaining("gpt4_preference");
  }

  @Test
  void aGoldColumnTheSamplesDoNotHaveIsAUsageErrorNamingTheirColumns() {
    assertThatThrownBy(() -> reward(Map.of("reward.gold", "gpt4_preference")))
        .isInstanceOf(io.rewardlake.jobs.config.ConfigException.class)
        .hasMessageContaining("no gold column 'gpt4_preference'").hasMessageContaining("quality");
  }

  @Test
  void sqlConservativeRewardUsesTheReferenceScalesAndLambda() throws Exception {
    Lakehouse lake = new Lakehouse(spark, lake());
    SqlFunctions.register(spark, lake, "main", 2.0);

    Row row = spark.sql("SELECT conservative_reward('Human: hi?', 'so the river " + TrainFixtures.GOOD.get(0)
        + "') AS c, reward_stats('Human: hi?', 'x') AS s, conservative_reward(NULL, 'x') AS n").first();

    MemberScales scales = ReferenceScales.fromPairs(spark, lake, io.rewardlake.spark.vote.EnsembleHandle.of(spark,
        trained.directory()), 4);
    try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(Path.of(trained.directory())))) {
      double[] rewards = new double[4];
      for (int m = 0; m < 4; m++) {
        rewards[m] = ensemble.member(m).score(List.of(new PromptResponse("Human: hi?",
            "so the river " + TrainFixtures.GOOD.get(0))))[0];
      }
      assertThat(row.getDouble(0)).isCloseTo(RewardStats.of(rewards, scales, 2.0).lcb(), within(1e-4));
    }
    assertThat(row.getStruct(1).<Double>getAs("lambda")).isEqualTo(2.0);
    assertThat(row.isNullAt(2)).isTrue();
  }

  @Test
  void samplesWithoutPromptOrResponseOrAMissingFileAreClearErrors() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"text\": \"no prompt here\"}\n");

    assertThatThrownBy(() -> reward(Map.of("reward.input", bad.toString()))).isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("'prompt' and 'response'");
    assertThatThrownBy(() -> reward(Map.of("reward.input", dir.resolve("none.jsonl").toString())))
        .isInstanceOf(RewardLakeException.class).hasMessageContaining("No input file matches");
  }

  @Test
  void aMixedEnsembleWithADjlMemberScoresSamplesUnchanged() throws Exception {
    Path tiny = Path.of("").toAbsolutePath().getParent().resolve("udfs/src/test/resources/djl/rm-tiny");
    String mixed = dir.resolve("mixed-" + System.nanoTime()).toString();
    io.rewardlake.jobs.model.EnsembleAssembler.assemble("mixed", mixed, List.of(trained.directory(),
        tiny.toString()), "test", new org.apache.hadoop.conf.Configuration());
    try {
      RewardSummary summary = reward(Map.of("reward.ensemble", mixed));

      assertThat(summary.samples()).isEqualTo(PROMPTS * 4L);
      assertThat(table("rewards").filter("ensemble_id = 'mixed'").count()).isEqualTo(PROMPTS * 4L);
      assertThat(table("best_of_n").filter("ensemble_id = 'mixed'").count()).isPositive();
      // Recomputed outside Spark: the DJL member's raw rewards standardised with the built-in members'.
      List<Row> rows = table("rewards").filter("ensemble_id = 'mixed'").orderBy("sample_id").collectAsList();
      List<double[]> raw = new ArrayList<>();
      MemberMoments moments = new MemberMoments(5);
      try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(Path.of(mixed)))) {
        assertThat(ensemble.member(4).metadata().family()).isEqualTo("djl");
        for (Row row : rows) {
          PromptResponse input = new PromptResponse("Human: question "
              + row.getString(row.fieldIndex("sample_id")).charAt(1) + "?", row.getAs("response"));
          double[] memberRewards = new double[5];
          for (int m = 0; m < 5; m++) {
            memberRewards[m] = ensemble.member(m).score(List.of(input))[0];
          }
          raw.add(memberRewards);
          moments.add(memberRewards);
        }
      }
      MemberScales scales = moments.scales();
      assertThat(scales.std()[4]).isPositive();
      for (int i = 0; i < rows.size(); i++) {
        RewardStats expected = RewardStats.of(raw.get(i), scales, 1.0);
        assertThat(rows.get(i).<Double>getAs("reward_mean")).isCloseTo(expected.mean(), within(1e-4));
        assertThat(rows.get(i).<Double>getAs("reward_std")).isCloseTo(expected.std(), within(1e-4));
      }
    } finally {
      spark.sql("DELETE FROM delta.`" + lake() + "/rewards` WHERE ensemble_id = 'mixed'");
      spark.sql("DELETE FROM delta.`" + lake() + "/best_of_n` WHERE ensemble_id = 'mixed'");
    }
  }

  private RewardSummary reward(Map<String, String> overrides) {
    Map<String, String> all = settings(Map.of("reward.input", samples.toString(), "reward.batch_size", "5"));
    all.putAll(overrides);
    return RewardJob.run(spark, RewardConfig.from(Settings.resolve(all)), RunContext.start("reward", all));
  }

  private Map<String, String> settings(Map<String, String> overrides) {
    Map<String, String> all = new HashMap<>(Map.of("lake", lake(), "train.hash_bits", "12",
        "train.max_iterations", "50"));
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
