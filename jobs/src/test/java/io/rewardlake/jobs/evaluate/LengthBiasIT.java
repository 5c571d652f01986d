package io.rewardlake.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.jobs.PairRows;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.clean.CleanConfig;
import io.rewardlake.jobs.clean.CleanJob;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.EvaluationsTable;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Length-bias figures on six hand-made pairs, checked against counts done by hand. */
class LengthBiasIT {
  private static final Lineage FIXTURE = new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of());
  /** pair id, source, chosen, rejected, label_p, the ensemble's mean strength. */
  private static final Object[][] PAIRS = {
      {"p1", "s1", "aaaa", "bb", 1.0, 1.0},          // longer chosen and preferred; vote agrees
      {"p2", "s1", "cc", "dddd", 1.0, -0.5},         // shorter preferred; the vote prefers the longer
      {"p3", "s1", "eeeeeeee", "ff", 0.8, 2.0},      // longer preferred, softly
      {"p4", "s1", "gg", "hh", 1.0, 0.3},            // equal lengths: no side
      {"p5", "s2", "ii", "jjjjjjjj", 0.5, -1.0},     // a tie: not decided
      {"p6", "s2", "kkkkkk", "ll", null, 0.5}};      // unlabelled

  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void labelsAndVotesPreferenceForTheLongerResponseIsCountedExactlyAndDebiasedCleaningTakesItOut() {
    writeLake();

    LengthBiasSummary summary = LengthBias.run(spark, LengthBiasConfig.from(Settings.resolve(Map.of("lake", lake()))),
        RunContext.start("length-bias", Map.of()));

    Map<String, LengthBias.Figures> figures = summary.figures().stream()
        .collect(Collectors.toMap(f -> f.subject() + "/" + f.group(), f -> f));
    assertThat(figures).containsOnlyKeys("labels/all", "labels/s1", "labels/s2", "e/all", "e/s1", "e/s2");
    LengthBias.Figures labels = figures.get("labels/all");
    assertThat(labels.pairs()).isEqualTo(5);
    assertThat(labels.decided()).isEqualTo(3);
    assertThat(labels.longerPreferred()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(labels.meanPLonger()).isCloseTo((1 + 0 + 0.8 + 0.5) / 4, within(1e-12));
    assertThat(figures.get("labels/s2").decided()).isZero();
    assertThat(figures.get("labels/s2").longerPreferred()).isNaN();
    LengthBias.Figures vote = figures.get("e/all");
    assertThat(vote.pairs()).isEqualTo(6);
    assertThat(vote.decided()).isEqualTo(5);
    assertThat(vote.longerPreferred()).isEqualTo(1.0);
    assertThat(vote.slope()).isCloseTo(slope(), within(1e-12));
    assertThat(String.join("\n", summary.lines())).contains("labels", "0.667");
    List<Row> rows = new Lakehouse(spark, lake()).read(EvaluationsTable.CONTRACT, "length-bias")
        .filter("evaluation = 'length_bias' AND subject = 'all' AND measure = 'longer_preferred'")
        .orderBy(EvaluationsTable.ENSEMBLE_ID).collectAsList();
    assertThat(rows).extracting(r -> r.<String>getAs(EvaluationsTable.ENSEMBLE_ID)).containsExactly("e", "labels");
    assertThat(rows.get(1).<Long>getAs(EvaluationsTable.ITEMS)).isEqualTo(3);

    // the same lake cleaned on length-debiased strength: the length slope is taken out of every strength
    Map<String, String> settings = Map.of("lake", lake(), "clean.length_debias", "true", "clean.vote_check", "off",
        "clean.ensemble", "e", "clean.policy", "none");

    CleanJob.run(spark, CleanConfig.from(Settings.resolve(settings)), RunContext.start("clean", settings));

    Map<String, Double> seen = spark.read().format("delta").load(lake() + "/" + PairsCleanTable.NAME).collectAsList()
        .stream().filter(r -> r.getAs(PairsCleanTable.STRENGTH_MEAN) != null).collect(Collectors.toMap(
            r -> r.<String>getAs(PairsCleanTable.PAIR_ID), r -> r.<Double>getAs(PairsCleanTable.STRENGTH_MEAN)));
    double b = slope();
    for (Object[] pair : PAIRS) {
      double x = Math.log(((String) pair[2]).length() / (double) ((String) pair[3]).length());
      if (pair[4] != null) {
        assertThat(seen.get((String) pair[0])).as((String) pair[0]).isCloseTo((double) pair[5] - b * x, within(1e-12));
      }
    }
    assertThat(seen.get("p4")).isEqualTo(0.3);
  }

  /** Least-squares slope of the strengths on the log length ratios, computed here by hand. */
  private static double slope() {
    int n = PAIRS.length;
    double mx = 0;
    double my = 0;
    for (Object[] pair : PAIRS) {
      mx += x(pair) / n;
      my += (double) pair[5] / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (Object[] pair : PAIRS) {
      sxy += (x(pair) - mx) * ((double) pair[5] - my);
      sxx += (x(pair) - mx) * (x(pair) - mx);
    }
    return sxy / sxx;
  }

  private static double x(Object[] pair) {
    return Math.log(((String) pair[2]).length() / (double) ((String) pair[3]).length());
  }

  private void writeLake() {
    Lakehouse lake = new Lakehouse(spark, lake());
    List<Row> pairs = java.util.Arrays.stream(PAIRS).map(p -> RowFactory.create(p[0], p[1], "train", "q", p[2], p[3],
        p[4] == null ? "none" : "human", p[4], Map.of(), "run")).toList();
    lake.write(PairsTable.CONTRACT, PairRows.frame(spark, pairs), WriteMode.OVERWRITE, FIXTURE);
    List<Row> strength = java.util.Arrays.stream(PAIRS).map(p -> RowFactory.create(p[0], "e", List.of(p[5]), p[5], 0.0,
        (double) p[5] > 0 ? 1 : 0, 0.5, true, 1, "run")).toList();
    lake.write(StrengthTable.CONTRACT, spark.createDataFrame(strength, StrengthTable.SCHEMA), WriteMode.OVERWRITE,
        FIXTURE);
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }
}
