package io.rewardlake.jobs.bench.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.bench.djl.TokenTally;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbedBenchReportTest {
  private static final EmbedBenchReport.Workload WORKLOAD = new EmbedBenchReport.Workload(1_000,
      new TokenTally(1_000, 60_000, 7, 250, 75_000), "backbone e5 (batch_size 4)", 2, 2);
  private static final VectorAgreement SAME = VectorAgreement.of(List.of("h"), List.of(new float[] {1, 0}),
      Map.of("h", new float[] {2, 0}));

  @Test
  void printsEveryPathOverTheSameTextsTheRatiosToTheFloorAndTheProjection() {
    List<String> lines = EmbedBenchReport.lines(WORKLOAD, new EmbedBenchReport.Timings(new double[] {5.0},
        new double[] {10.0}, new double[] {8.0}), SAME);

    assertThat(lines).hasSize(8);
    assertThat(lines.get(0)).startsWith("bench-embed: 1,000 texts, 60,000 tokens").contains("(7 cut at max_length)",
        "backbone e5 (batch_size 4)", "2 partitions over 2 task slots");
    assertThat(lines.get(1)).contains("250 model calls", "75,000 padded tokens for 60,000 real",
        "padding share 20.0%");
    assertThat(lines.get(2)).contains("Spark path", "5.00 s", "200.0 texts/s", "12,000 tokens/s");
    assertThat(lines.get(3)).contains("floor (1 thread, no Spark)", "10.00 s", "100.0 texts/s", "6,000 tokens/s");
    assertThat(lines.get(4)).contains("row UDF", "8.00 s", "125.0 texts/s");
    assertThat(lines.get(5)).isEqualTo("ratio: Spark path / floor = 2.00x (goal >= 1.6x on 2 cores: met);"
        + " row UDF / floor = 1.25x");
    assertThat(lines.get(7)).endsWith("(tolerance 0.999): same").contains("1.000000 over 1 texts");
  }

  @Test
  void aMissedGoalIsSaidAndRunsArePairedByIndex() {
    List<String> lines = EmbedBenchReport.lines(WORKLOAD, new EmbedBenchReport.Timings(new double[] {8.0, 9.0, 6.0},
        new double[] {10.0, 9.0, 12.0}, new double[] {8.0, 8.0, 8.0}), SAME);

    assertThat(lines.get(2)).contains(" 8.00 s", "runs 8.00 / 9.00 / 6.00 s");
    assertThat(lines.get(5)).startsWith("ratio: Spark path / floor = 1.25x (goal >= 1.6x on 2 cores: NOT met),"
        + " run by run 1.25 / 1.00 / 2.00");
  }

  @Test
  void projectsHoursPerHundredMillionTexts() {
    assertThat(EmbedBenchReport.hours(1_000, 10.0)).isCloseTo(1e8 / 100 / 3600, org.assertj.core.data.Offset
        .offset(1e-9));
    List<String> lines = EmbedBenchReport.lines(WORKLOAD, new EmbedBenchReport.Timings(new double[] {36.0},
        new double[] {72.0}, new double[] {50.0}), SAME);
    assertThat(lines.get(6)).isEqualTo("projected: 1000.0 hours per 10^8 texts on this machine with"
        + " the Spark path (2000.0 with the floor)");
  }

  @Test
  void noPaddingIsAZeroShare() {
    assertThat(EmbedBenchReport.paddingShare(new TokenTally(3, 30, 0, 3, 30))).isZero();
    assertThat(EmbedBenchReport.paddingShare(TokenTally.NONE)).isZero();
  }
}
