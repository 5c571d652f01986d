package io.rewardlake.jobs.evaluate;

import io.rewardlake.jobs.PairRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.stats.Spearman;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strength deciles against a second label, checked against values worked out by hand. */
class SecondOpinionIT {
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void decilesAgreementConfidenceAndRhoMatchTheHandCount() {
    // 20 pairs with strength 1..20: two per decile. The second labeller (meta.judge) disagrees with the label on
    // pairs 1, 2 and 3 (p = 0.2), is unsure on pair 4 (0.5) and agrees with p = 0.9 on the rest.
    List<Row> pairs = new ArrayList<>();
    List<Row> strength = new ArrayList<>();
    double[] x = new double[20];
    double[] y = new double[20];
    for (int i = 1; i <= 20; i++) {
      double p = i <= 3 ? 0.2 : i == 4 ? 0.5 : 0.9;
      pairs.add(RowFactory.create("p" + i, "src", "train", "q", "a", "b", "human", 1.0,
          Map.of("judge", String.valueOf(p)), "run"));
      strength.add(RowFactory.create("p" + i, "main", new double[] {i}, (double) i, 0.0, 1, 0.5, true, 1, "run"));
      x[i - 1] = i;
      y[i - 1] = 2 * p - 1;
    }
    Lakehouse lake = new Lakehouse(spark, dir.resolve("lake").toString());
    Lineage lineage = new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of());
    lake.write(PairsTable.CONTRACT, PairRows.frame(spark, pairs), WriteMode.OVERWRITE, lineage);
    lake.write(StrengthTable.CONTRACT, spark.createDataFrame(strength, StrengthTable.SCHEMA), WriteMode.OVERWRITE,
        lineage);

    SecondOpinion.Report report = SecondOpinion.measure(lake, "main", "meta:judge", 1);

    assertThat(report.pairs()).isEqualTo(20);
    assertThat(report.deciles()).hasSize(10).allMatch(d -> d.pairs() == 2);
    // decile 1 = pairs 1, 2: both against; decile 2 = pairs 3 (against) and 4 (a tie, left out); then all agree
    assertThat(report.deciles().get(0).agreement()).isEqualTo(0.0);
    assertThat(report.deciles().get(1).agreement()).isEqualTo(0.0);
    assertThat(report.deciles().get(2).agreement()).isEqualTo(1.0);
    assertThat(report.deciles().get(1).confidence()).isCloseTo((0.6 + 0.0) / 2, within(1e-12));
    assertThat(report.deciles().get(9).meanStrength()).isEqualTo(19.5);
    assertThat(report.spearman()).isCloseTo(Spearman.rho(x, y), within(1e-12)).isGreaterThan(0.5);
    assertThat(String.join("\n", report.lines())).contains("meta judge", "Spearman rho");
    // auto finds no truth, no ai_labels and only hard labels: no second opinion; a bad source is a usage error
    assertThat(SecondOpinion.measure(lake, "main", "auto", 1)).isNull();
    assertThatThrownBy(() -> SecondOpinion.measure(lake, "main", "gpt4", 1)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("ai:JUDGE_ID");

    // the same values as the mean of several annotators' labels: pairs 19 and 20 were labelled once, the rest twice
    List<Row> annotated = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      double p = i <= 3 ? 0.2 : i == 4 ? 0.5 : 0.9;
      annotated.add(RowFactory.create("p" + i, "src", "train", "q", "a", "b", "human", p, Map.of(), i <= 18 ? 2 : 1,
          Math.max(p, 1 - p), "run"));
    }
    lake.write(PairsTable.CONTRACT, PairRows.frame(spark, annotated), WriteMode.OVERWRITE, lineage);

    SecondOpinion.Report annotators = SecondOpinion.measure(lake, "main", "auto", 1);

    assertThat(annotators.source()).startsWith("annotators");
    assertThat(annotators.pairs()).isEqualTo(18);
    assertThat(annotators.deciles().get(0).agreement()).isEqualTo(0.0);
    assertThat(annotators.spearman()).isCloseTo(Spearman.rho(java.util.Arrays.copyOf(x, 18),
        java.util.Arrays.copyOf(y, 18)), within(1e-12));
  }
}
