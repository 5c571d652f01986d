package io.rewardlake.jobs.bench.djl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DjlBenchReportTest {
  private static final DjlBenchReport.Workload WORKLOAD = new DjlBenchReport.Workload(1_000,
      new TokenTally(2_000, 300_000, 12, 130, 330_000), "rm-bench (OnnxRuntime on cpu, batch_size 16)", 2, 256);

  @Test
  void printsBothPathsRatesOverTheSameTokensAndTheRatio() {
    List<String> lines = DjlBenchReport.lines(WORKLOAD, new DjlBenchReport.Timings(new double[] {4.0},
        new double[] {10.0}, new double[] {25.0}), Agreement.of(Map.of("a", 1.0), Map.of("a", 1.0 + 1e-6)));

    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).startsWith("bench-djl: 1,000 pairs = 2,000 sequences, 300,000 tokens")
        .contains("(12 cut at max_length)", "model rm-bench (OnnxRuntime on cpu, batch_size 16)", "2 partitions",
            "vote batches of 256 pairs");
    assertThat(lines.get(1)).contains("vote (VotePartition, batched)", "10.00 s", "100.0 pairs/s",
        "30,000 tokens/s", "130 model calls", "330,000 padded tokens (+10.0%)").doesNotContain("runs");
    assertThat(lines.get(2)).contains("row UDF (one sequence per call)", "25.00 s", "40.0 pairs/s",
        "12,000 tokens/s", "2,000 model calls, no padding");
    assertThat(lines.get(3)).contains("encode only (floor, no model)", "4.00 s", "250.0 pairs/s", "75,000 tokens/s");
    assertThat(lines.get(4)).isEqualTo("ratio: vote / row UDF = 2.50x throughput (pairs/s and tokens/s alike);"
        + " beyond the encode floor: vote 6.00 s, row UDF 21.00 s (3.50x)");
    assertThat(lines.get(5)).isEqualTo("agreement: max |reward difference| between the paths 1.0e-06 over 1 pairs"
        + " (tolerance 1e-04): same");
  }

  @Test
  void severalRunsReportTheMedianAndListEveryRun() {
    List<String> lines = DjlBenchReport.lines(WORKLOAD, new DjlBenchReport.Timings(new double[] {1.0, 2.0},
        new double[] {12.0, 10.0, 30.0}, new double[] {20.0, 25.0}), Agreement.of(Map.of("a", 1.0), Map.of("a", 1.0)));

    assertThat(lines.get(1)).contains(" 12.00 s", "; runs 12.00 / 10.00 / 30.00 s");
    assertThat(lines.get(2)).as("upper middle of an even count").contains(" 25.00 s", "; runs 20.00 / 25.00 s");
    assertThat(lines.get(4)).contains("= 2.08x").endsWith("; run by run 1.67 / 2.50 (median 2.50x)");
  }

  @Test
  void noFloorRatioWhenAPathRanWithinTheFloor() {
    assertThat(DjlBenchReport.beyondFloor(-0.06, 0.06)).isEqualTo("beyond the encode floor: vote -0.06 s, row UDF"
        + " 0.06 s (no ratio: a path was no slower than the floor; score more pairs)");
    assertThat(DjlBenchReport.beyondFloor(0.5, 1.0)).endsWith("(2.00x)");
  }

  @Test
  void theAgreementLineNamesTheWorstPairAndMissingPairs() {
    String line = DjlBenchReport.agreementLine(Agreement.of(Map.of("a", 1.0, "b", 2.0), Map.of("a", 1.5)));

    assertThat(line).contains("5.0e-01 over 1 pairs", ", 1 pairs in one path only", "DIFFERENT (worst pair a)");
  }
}
