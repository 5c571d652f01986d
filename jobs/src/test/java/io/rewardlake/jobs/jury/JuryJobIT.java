package io.rewardlake.jobs.jury;

import io.rewardlake.jobs.PairRows;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.judge.JuryVerdict;
import io.rewardlake.core.vote.Strength;
import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.clean.CleanConfig;
import io.rewardlake.jobs.clean.CleanJob;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.jobs.train.TrainFixtures;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.JuryTable;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jury of two scripted judges (and an ensemble voting beside them) over ai_labels rows whose values are known. */
class JuryJobIT {
  private static final Lineage FIXTURE = new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of());
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void twoJudgesCombineExactlyAndVoteBesideTheEnsemble() {
    List<String> ids = writePairs(4);
    Lakehouse lake = new Lakehouse(spark, lake());
    List<Row> labels = new ArrayList<>();
    // judge-a: the first response shown wins both orders on pair 0.
    labels.add(label(ids.get(0), "judge-a", 0.9, 0.7, "ok"));
    labels.add(label(ids.get(1), "judge-a", 0.7, 0.1, "ok"));
    labels.add(label(ids.get(2), "judge-a", 0.2, 0.6, "ok"));
    labels.add(label(ids.get(3), "judge-a", 0.6, 0.4, "ok"));
    // judge-b: the second shown wins both orders on pair 1; its call on pair 3 failed (not on the jury).
    labels.add(label(ids.get(0), "judge-b", 0.7, 0.5, "ok"));
    labels.add(label(ids.get(1), "judge-b", 0.3, 0.3, "ok"));
    labels.add(label(ids.get(2), "judge-b", 0.1, 0.9, "ok"));
    labels.add(label(ids.get(3), "judge-b", null, null, "http_error"));
    lake.write(AiLabelsTable.CONTRACT, spark.createDataFrame(labels, AiLabelsTable.SCHEMA), WriteMode.OVERWRITE,
        FIXTURE);
    List<Row> votes = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Strength s = Strength.of(new double[] {0.5 - i, 1.0 - i}, true);
      votes.add(RowFactory.create(ids.get(i), "main", s.diffs(), s.mean(), s.std(), s.votesForChosen(), s.pChosen(),
          s.outOfFold(), s.voters(), "fixture"));
    }
    lake.write(StrengthTable.CONTRACT, spark.createDataFrame(votes, StrengthTable.SCHEMA), WriteMode.OVERWRITE,
        FIXTURE);

    JurySummary summary = run(Map.of("jury.id", "llms", "jury.ensemble", "main"));

    Map<String, Row> jury = byPair(lake.read(JuryTable.CONTRACT, "jury").collectAsList());
    assertThat(jury).hasSize(4);
    String a = "judge-a|t@v1|pairwise";
    String b = "judge-b|t@v1|pairwise";
    double[][] pA = {{0.6, 0.6}, {0.8, 0.5}, {0.3, 0.1}, {0.6}};
    for (int i = 0; i < 4; i++) {
      Row row = jury.get(ids.get(i));
      assertThat(row.<String>getList(row.fieldIndex(JuryTable.JUDGES))).isEqualTo(i < 3 ? List.of(a, b) : List.of(a));
      JuryVerdict verdict = JuryVerdict.of(pA[i]);
      assertThat(row.<Double>getAs(JuryTable.P_A_MEAN)).isCloseTo(Arrays.stream(pA[i]).average().orElseThrow(),
          within(1e-12));
      assertThat(row.<Double>getAs(JuryTable.P_A_LOGODDS)).isCloseTo(verdict.pALogOdds(), within(1e-12));
      assertThat(row.<Double>getAs(JuryTable.AGREEMENT)).isEqualTo(verdict.agreement());
    }
    // By hand: the log-odds of 0.8 and 0.5 are ln 4 and 0, their mean ln 2, its sigmoid 2/3; 0.5 takes no side.
    assertThat(jury.get(ids.get(1)).<Double>getAs(JuryTable.P_A_LOGODDS)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(jury.get(ids.get(1)).<Double>getAs(JuryTable.AGREEMENT)).isEqualTo(0.5);
    assertThat(jury.get(ids.get(2)).<Double>getAs(JuryTable.AGREEMENT)).isEqualTo(1.0);

    // In strength the jury votes as 'llms': the ensemble's two members, then each judge's log-odds.
    Map<String, Row> strength = byPair(lake.read(StrengthTable.CONTRACT, "vote")
        .filter(col(StrengthTable.ENSEMBLE_ID).equalTo("llms")).collectAsList());
    Row first = strength.get(ids.get(0));
    double[] expected = {0.5, 1.0, JuryVerdict.logit(0.6), JuryVerdict.logit(0.6)};
    assertThat(first.<Double>getList(first.fieldIndex(StrengthTable.DIFFS)))
        .containsExactly(expected[0], expected[1], expected[2], expected[3]);
    assertThat(first.<Double>getAs(StrengthTable.STRENGTH_MEAN)).isCloseTo(Strength.of(expected, true).mean(),
        within(1e-12));
    assertThat(first.<Integer>getAs(StrengthTable.VOTING_MEMBERS)).isEqualTo(4);
    assertThat(strength.get(ids.get(3)).<Integer>getAs(StrengthTable.VOTING_MEMBERS)).isEqualTo(3);

    // Position bias: judge-a preferred the first shown in both orders on 1 pair of 4, judge-b the second on 1 of 3.
    JuryDiagnostics.JudgeBias biasA = summary.diagnostics().biases().get(0);
    JuryDiagnostics.JudgeBias biasB = summary.diagnostics().biases().get(1);
    assertThat(biasA.firstShown()).isEqualTo(0.25);
    assertThat(biasA.secondShown()).isZero();
    assertThat(biasB.firstShown()).isZero();
    assertThat(biasB.secondShown()).isCloseTo(1.0 / 3, within(1e-12));
    // Agreement on the 3 shared pairs: the same side on pairs 0 (A, A) and 2 (B, B); pair 1 is A against no side.
    assertThat(summary.diagnostics().agreements()).singleElement()
        .satisfies(x -> assertThat(x.shared()).isEqualTo(3))
        .satisfies(x -> assertThat(x.agree()).isCloseTo(2.0 / 3, within(1e-12)));
    assertThat(String.join("\n", summary.lines())).contains("J1 " + a, "66.7%", "clean --ensemble llms");

    // clean takes the jury as its voters.
    CleanJob.run(spark, CleanConfig.from(Settings.resolve(Map.of("lake", lake(), "clean.ensemble", "llms",
        "clean.vote_check", "off"))), RunContext.start("clean", Map.of()));
    assertThat(lake.read(PairsCleanTable.CONTRACT, "clean").count()).isEqualTo(4);
  }

  @Test
  void aJuryOfOneIsRefusedNamingTheJudgesPresent() {
    List<String> ids = writePairs(1);
    new Lakehouse(spark, lake()).write(AiLabelsTable.CONTRACT, spark.createDataFrame(List.of(
            label(ids.get(0), "judge-a", 0.6, 0.4, "ok"), label(ids.get(0), "judge-b", 0.6, 0.4, "ok")),
        AiLabelsTable.SCHEMA), WriteMode.OVERWRITE, FIXTURE);
    assertThatThrownBy(() -> run(Map.of("jury.judges", "judge-a")))
        .isInstanceOf(RewardLakeException.class).hasMessageContaining("at least two judges")
        .hasMessageContaining("[judge-a, judge-b]");
  }

  private JurySummary run(Map<String, String> overrides) {
    Map<String, String> settings = new TreeMap<>(overrides);
    settings.put("lake", lake());
    return JuryJob.run(spark, JuryConfig.from(Settings.resolve(settings)), RunContext.start("jury", settings));
  }

  private List<String> writePairs(int count) {
    List<Row> pairs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      pairs.add(TrainFixtures.pair("prompt " + i, "chosen " + i, "rejected " + i, "train", 1.0, null));
    }
    new Lakehouse(spark, lake()).write(PairsTable.CONTRACT, PairRows.frame(spark, pairs),
        WriteMode.OVERWRITE, FIXTURE);
    return pairs.stream().map(row -> row.getString(0)).toList();
  }

  /** An ai_labels row as label writes it: P(first shown better) in the orders (A, B) and (B, A), and p_a. */
  private static Row label(String pairId, String judge, Double ab, Double ba, String status) {
    Double pA = ab == null ? null : (ab + 1 - ba) / 2;
    Boolean consistent = ab == null ? null : (ab > 0.5) == (1 - ba > 0.5);
    return RowFactory.create(pairId, judge, "t@v1", "pairwise", ab, ba, pA, consistent, null, null, status,
        "ok".equals(status) ? null : "boom", 2, 10L, "fixture", null, null, null, null, null);
  }

  private static Map<String, Row> byPair(List<Row> rows) {
    Map<String, Row> out = new TreeMap<>();
    rows.forEach(row -> out.put(row.getString(0), row));
    return out;
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }
}
