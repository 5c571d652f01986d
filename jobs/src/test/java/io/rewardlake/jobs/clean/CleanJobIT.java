package io.rewardlake.jobs.clean;

import io.rewardlake.jobs.PairRows;
import static io.rewardlake.jobs.clean.CleanFixtures.id;
import static io.rewardlake.jobs.clean.CleanFixtures.pair;
import static io.rewardlake.jobs.clean.CleanFixtures.strength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.core.clean.Action;
import io.rewardlake.core.clean.ActionTally.Truth;
import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clean job on a real local Delta lake: every action row by row with absolute thresholds, quantile thresholds
 * resolved from the corpus, presets, ground-truth scoring, and what happens without strength.
 */
class CleanJobIT {
  private static final RunContext FIXTURE_RUN = new RunContext("fixture", "test", "0");
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void absoluteThresholdsGiveEveryActionItsTargetMarginWeightAndReason() throws IOException {
    writePairs(List.of(pair("flip", 1.0, true), pair("smooth", 1.0, false), pair("margin", 1.0, false),
        pair("capped", 1.0, false), pair("keep", 0.9, false), pair("disputed", 1.0, false),
        pair("unvoted", 1.0, false), pair("unlabelled", null, null), pair("blocked", 1.0, true)));
    writeStrength(List.of(strength("flip", "main", -2.0, 0.5, 1, 10), strength("smooth", "main", 0.2, 0.3, 6, 10),
        strength("margin", "main", 2.0, 0.5, 10, 10), strength("capped", "main", 4.0, 0.5, 10, 10),
        strength("keep", "main", 0.8, 0.2, 8, 10), strength("disputed", "main", 0.0, 5.0, 5, 10),
        strength("unlabelled", "main", -3.0, 0.1, 0, 10), strength("blocked", "main", -1.5, 1.0, 5, 10),
        strength("unvoted", "other", -9.0, 0.1, 0, 10)));
    Path policy = policyFile("""
        id: test-absolute
        drop: {std_above: 3.0}
        flip: {mean_below: -1.0, min_votes_against: 0.6}
        smooth: {mean_between: [-0.5, 0.5], epsilon: 0.1}
        margin: {mean_above: 1.0, scale: 0.5, max: 1.5}
        """);

    CleanSummary summary = clean(Map.of("clean.policy", policy.toString()));
    Map<String, Row> rows = cleanRows();

    assertThat(rows).hasSize(9);
    assertRow(rows.get(id("flip")), "flip", 1.0, 0.0, 1.0,
        "mean strength -2.00 < flip threshold -1.00; 9/10 members prefer rejected");
    assertThat(rows.get(id("flip")).<String>getAs(PairsCleanTable.CHOSEN)).isEqualTo("rejected flip");
    assertThat(rows.get(id("flip")).<String>getAs(PairsCleanTable.REJECTED)).isEqualTo("chosen flip");
    assertThat(rows.get(id("flip")).<Double>getAs(PairsCleanTable.STRENGTH_MEAN)).isEqualTo(-2.0);
    assertRow(rows.get(id("smooth")), "smooth", 0.9, 0.0, 1.0,
        "mean strength 0.20 in smoothing band [-0.50, 0.50]; target 1.00 -> 0.90 (cap, epsilon 0.1)");
    assertRow(rows.get(id("margin")), "margin", 1.0, 1.0, 1.0,
        "mean strength 2.00 > margin threshold 1.00; margin 1.00 = clip(0.5 x 2.00, 0, 1.50)");
    assertRow(rows.get(id("capped")), "margin", 1.0, 1.5, 1.0,
        "mean strength 4.00 > margin threshold 1.00; margin 1.50 = clip(0.5 x 4.00, 0, 1.50)");
    assertRow(rows.get(id("keep")), "keep", 0.9, 0.0, 1.0, "mean strength 0.80: no rule of policy test-absolute"
        + " applies");
    assertRow(rows.get(id("disputed")), "drop", 1.0, 0.0, 0.0,
        "strength std 5.00 > drop threshold 3.00: the members disagree (mean strength 0.00)");
    assertRow(rows.get(id("unvoted")), "keep", 1.0, 0.0, 1.0, "no strength row for ensemble main");
    assertThat(rows.get(id("unvoted")).<Double>getAs(PairsCleanTable.STRENGTH_MEAN)).isNull();
    assertThat(rows.get(id("unvoted")).<String>getAs(PairsCleanTable.CHOSEN)).isEqualTo("chosen unvoted");
    assertRow(rows.get(id("unlabelled")), "drop", 0.5, 0.0, 0.0,
        "no label (label_p is null): nothing to train on until the pair is labelled");
    assertRow(rows.get(id("blocked")), "keep", 1.0, 0.0, 1.0, "mean strength -1.50: no rule of policy"
        + " test-absolute applies; not flipped: only 5/10 members prefer rejected (flip needs 60%)");
    assertThat(rows.values()).allSatisfy(row -> {
      assertThat(row.<String>getAs(PairsCleanTable.POLICY_ID)).isEqualTo("test-absolute");
      assertThat(row.<String>getAs(PairsCleanTable.PROMPT)).startsWith("Human: question");
    });

    assertThat(summary.rowsWritten()).isEqualTo(9);
    assertThat(summary.tally().voted()).isEqualTo(8);
    assertThat(summary.tally().count(Action.MARGIN)).isEqualTo(2);
    assertThat(summary.tally().count(Action.DROP)).isEqualTo(2);
    assertThat(summary.tally().precision(Action.FLIP, Truth.FLIPPED)).isEqualTo(1.0);
    assertThat(summary.tally().recall(Action.FLIP, Truth.FLIPPED)).isEqualTo(0.5);
    assertThat(summary.lines()).contains(
        "clean:   drop when std > 3.00",
        "clean:   flip when mean < -1.00 and at least 60% of the members prefer rejected",
        "clean: flip vs injected flips (meta.flipped): precision 1.000, recall 0.500 (2 of 8 pairs with ground"
            + " truth)");
    assertThat(summary.lines().get(0)).isEqualTo("clean: policy test-absolute (file " + policy.toAbsolutePath()
        + ") on ensemble 'main': 9 pairs, 8 voted, 1 without a strength row");
    // Lineage names the input versions (1: each fixture table was created, then written once).
    assertThat(new Lakehouse(spark, lake()).lastCommitMetadata(PairsCleanTable.CONTRACT))
        .contains("\"job\":\"clean\"", "\"input_tables\":{\"pairs\":1,\"strength\":1}");
  }

  @Test
  void quantileThresholdsResolveFromTheVotedPairsAndFlipsAreScoredAgainstGroundTruth() throws IOException {
    writeQuantileCorpus();
    Path policy = policyFile("""
        id: test-quantiles
        drop: {std_above: q0.95}
        flip: {mean_below: q0.25}
        margin: {mean_above: {quantile: 0.5}, scale: 1, max: q0.9}
        """);

    CleanSummary summary = clean(Map.of("clean.policy", policy.toString()));

    // Means -5..14 and stds 0.1..2.0 over 20 voted pairs: the q-quantile is the ceil(20 q)-th smallest value.
    assertThat(summary.policy().flip().meanBelow().value()).isEqualTo(-1.0);
    assertThat(summary.policy().drop().stdAbove().value()).isEqualTo(1.9);
    assertThat(summary.policy().margin().meanAbove().value()).isEqualTo(4.0);
    assertThat(summary.policy().margin().max().describe()).isEqualTo("12.00 (q0.9)");
    Map<String, Row> rows = cleanRows();
    assertThat(actions(rows, Action.FLIP)).containsExactlyInAnyOrder(id("m-5"), id("m-4"), id("m-3"), id("m-2"));
    assertThat(actions(rows, Action.DROP)).containsExactly(id("m14"));
    assertThat(actions(rows, Action.KEEP)).hasSize(6 + 1);
    assertThat(actions(rows, Action.MARGIN)).hasSize(9);
    assertThat(rows.get(id("m13")).<Double>getAs(PairsCleanTable.MARGIN)).isEqualTo(12.0);
    assertThat(rows.get(id("m5")).<Double>getAs(PairsCleanTable.MARGIN)).isEqualTo(5.0);
    assertThat(rows.get(id("m-2")).<String>getAs(PairsCleanTable.REASON))
        .isEqualTo("mean strength -2.00 < flip threshold -1.00 (q0.25); 9/10 members prefer rejected");
    assertThat(rows.get(id("m14")).<String>getAs(PairsCleanTable.REASON))
        .startsWith("strength std 2.00 > drop threshold 1.90 (q0.95)");
    // Injected flips at means -5, -4, -3 and 0; flipped: -5 .. -2.
    assertThat(summary.tally().precision(Action.FLIP, Truth.FLIPPED)).isEqualTo(0.75);
    assertThat(summary.tally().recall(Action.FLIP, Truth.FLIPPED)).isEqualTo(0.75);
    assertThat(summary.lines()).contains("clean:   flip when mean < -1.00 (q0.25)");
  }

  @Test
  void presetsOnOneCorpusConservativeDropsWhatSecretsIiFlipsAndNoneKeepsEverything() throws IOException {
    writeQuantileCorpus();

    CleanSummary secrets = clean(Map.of());
    Map<String, Row> flipped = cleanRows();
    CleanSummary conservative = clean(Map.of("clean.policy", "conservative"));
    Map<String, Row> dropped = cleanRows();
    CleanSummary none = clean(Map.of("clean.policy", "none"));

    assertThat(secrets.policy().id()).isEqualTo("secrets-ii");
    // q0.15 = -3: below it only -5 and -4, which 9/10 members vote against; [q0.15, q0.4] = [-3, 2]; above: margin.
    assertThat(actions(flipped, Action.FLIP)).containsExactlyInAnyOrder(id("m-5"), id("m-4"));
    assertThat(secrets.tally().count(Action.SMOOTH)).isEqualTo(6);
    assertThat(secrets.tally().count(Action.MARGIN)).isEqualTo(12);
    assertThat(flipped.get(id("m0")).<Double>getAs(PairsCleanTable.TARGET_P)).isEqualTo(0.8);
    assertThat(actions(dropped, Action.DROP)).containsExactlyInAnyOrderElementsOf(actions(flipped, Action.FLIP));
    assertThat(conservative.tally().count(Action.FLIP)).isZero();
    assertThat(conservative.tally().count(Action.SMOOTH)).isEqualTo(6);
    assertThat(none.tally().count(Action.KEEP)).isEqualTo(21);
    assertThat(cleanRows()).hasSize(21);
  }

  @Test
  void flipsWaitForAVoteBetterThanTheLongerAnswerAndConfidentSoftLabelsNeedASurerVote() throws IOException {
    // Ten human pairs whose chosen answer is the longer one, so "the longer answer wins" agrees with every label; the
    // vote agrees with eight. And a judge's confident soft label (0.97) that the vote mildly opposes.
    List<Row> pairs = new ArrayList<>();
    List<Row> strength = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Row pair = CleanFixtures.labelled("a long and careful answer number " + i, "short " + i, "human", 1.0);
      pairs.add(pair);
      strength.add(CleanFixtures.strengthOf(pair, i < 2 ? -2.0 : 1.0 + i));
    }
    Row judged = CleanFixtures.labelled("the judge's favourite answer", "the other answer, which is longer", "ai",
        0.97);
    pairs.add(judged);
    strength.add(CleanFixtures.strengthOf(judged, -2.0));
    writePairs(pairs);
    writeStrength(strength);
    Path policy = policyFile("id: guarded\nflip: {mean_below: -1.0, confident_label: {label_p_above: 0.9}}\n");

    CleanSummary refused = clean(Map.of("clean.policy", policy.toString()));

    assertThat(refused.tally().count(Action.FLIP)).isZero();
    assertThat(refused.lines()).contains(
        "clean: vote check on 11 voted pairs with a decided label: the vote agrees with the label on 72.7%"
            + " (out-of-fold)",
        "clean:   baselines without a model: longer response wins 90.9%");
    assertThat(refused.lines()).anySatisfy(line -> assertThat(line).startsWith("clean: WARNING: the vote is not 5"
        + " points better than the best baseline (90.9%): no label is flipped"));
    String low = CleanFixtures.labelled("a long and careful answer number 0", "short 0", "human", 1.0).getString(0);
    assertThat(cleanRows().get(low).<String>getAs(PairsCleanTable.REASON)).endsWith("; not flipped: the vote agrees"
        + " with the labels on 72.7% of pairs, not 5 points above the best trivial baseline (90.9%;"
        + " clean.vote_check=refuse)");

    CleanSummary warned = clean(Map.of("clean.policy", policy.toString(), "clean.vote_check", "warn"));

    assertThat(warned.tally().count(Action.FLIP)).as("the two human labels the vote opposes").isEqualTo(2);
    Row kept = cleanRows().get(judged.getString(0));
    assertThat(kept.<String>getAs(PairsCleanTable.ACTION)).isEqualTo("keep");
    assertThat(kept.<String>getAs(PairsCleanTable.REASON)).contains("not flipped: label_p 0.97 is confident (beyond"
        + " 0.9) and mean strength -2.00 is not below -3.48 = -logit(label_p)");
    assertThat(warned.lines()).anySatisfy(line -> assertThat(line).contains("flipping anyway"));
  }

  @Test
  void withoutStrengthForTheEnsembleTheJobSaysToRunVoteFirst() {
    writePairs(List.of(pair("a", 1.0, null)));

    assertThatThrownBy(() -> clean(Map.of("clean.ensemble", "big")))
        .isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("No preference strength for ensemble 'big'")
        .hasMessageContaining("the strength table does not exist")
        .hasMessageContaining("run `rewardlake vote --ensemble big` first");
    writeStrength(List.of(strength("a", "main", 1.0, 0.1, 10, 10)));
    assertThatThrownBy(() -> clean(Map.of("clean.ensemble", "big")))
        .isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("it has no rows for this ensemble (ensembles with strength rows: [main])")
        .hasMessageContaining("run `rewardlake vote --ensemble big` first");
    assertThat(new Lakehouse(spark, lake()).exists(PairsCleanTable.CONTRACT)).isFalse();
  }

  @Test
  void aPolicyTheCorpusMakesMeaninglessFailsBeforeWriting() throws IOException {
    writeQuantileCorpus();
    Path policy = policyFile("""
        id: upside-down
        smooth: {mean_between: [q0.9, 0], epsilon: 0.1}
        """);

    assertThatThrownBy(() -> clean(Map.of("clean.policy", policy.toString())))
        .isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("Cleaning policy 'upside-down' does not fit the strength of ensemble 'main': "
            + "smooth.mean_between resolves to an empty band [12.00 (q0.9), 0.00]");
  }

  /**
   * 20 voted pairs "m-5" .. "m14" with mean strength -5 .. 14, std 0.1 .. 2.0, 1 of 10 votes for chosen when the
   * mean is negative; injected flips at -5, -4, -3 and 0; plus one unvoted pair.
   */
  private void writeQuantileCorpus() {
    List<Row> pairs = new ArrayList<>();
    List<Row> strength = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      int mean = i - 6;
      String name = "m" + mean;
      pairs.add(pair(name, 1.0, mean <= -3 || mean == 0));
      strength.add(strength(name, "main", mean, i / 10.0, mean < 0 ? 1 : 10, 10));
    }
    pairs.add(pair("unvoted", 1.0, false));
    writePairs(pairs);
    writeStrength(strength);
  }

  private static List<String> actions(Map<String, Row> rows, Action action) {
    return rows.values().stream().filter(row -> row.getAs(PairsCleanTable.ACTION).equals(action.label()))
        .map(row -> row.<String>getAs(PairsCleanTable.PAIR_ID)).toList();
  }

  private static void assertRow(Row row, String action, double target, double margin, double weight,
      String reason) {
    assertThat(row.<String>getAs(PairsCleanTable.ACTION)).isEqualTo(action);
    assertThat(row.<Double>getAs(PairsCleanTable.TARGET_P)).isEqualTo(target);
    assertThat(row.<Double>getAs(PairsCleanTable.MARGIN)).isEqualTo(margin);
    assertThat(row.<Double>getAs(PairsCleanTable.WEIGHT)).isEqualTo(weight);
    assertThat(row.<String>getAs(PairsCleanTable.REASON)).isEqualTo(reason);
  }

  private CleanSummary clean(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(Map.of("lake", lake()));
    all.putAll(settings);
    return CleanJob.run(spark, CleanConfig.from(Settings.resolve(all)), RunContext.start("clean", all));
  }

  private Map<String, Row> cleanRows() {
    List<Row> rows = spark.read().format("delta").load(lake() + "/" + PairsCleanTable.NAME).collectAsList();
    return rows.stream().collect(Collectors.toMap(row -> row.getAs(PairsCleanTable.PAIR_ID), Function.identity()));
  }

  private Path policyFile(String yaml) throws IOException {
    Path file = dir.resolve("policy-" + System.nanoTime() + ".yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private void writePairs(List<Row> rows) {
    new Lakehouse(spark, lake()).write(PairsTable.CONTRACT, PairRows.frame(spark, rows),
        WriteMode.OVERWRITE, lineage());
  }

  private void writeStrength(List<Row> rows) {
    new Lakehouse(spark, lake()).write(StrengthTable.CONTRACT, spark.createDataFrame(rows, StrengthTable.SCHEMA),
        WriteMode.OVERWRITE, lineage());
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }

  private static Lineage lineage() {
    return new Lineage(FIXTURE_RUN, List.of(), Map.of());
  }
}
