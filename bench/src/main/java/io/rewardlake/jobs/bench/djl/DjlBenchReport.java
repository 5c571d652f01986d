package io.rewardlake.jobs.bench.djl;

import io.rewardlake.jobs.bench.BenchRuns;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The lines {@code bench-djl} prints: the workload, one line per path and for the encode-only floor (median time,
 * pairs/s and tokens/s over the same real tokens, so the two rates give the same ratio, and every run's time when there
 * were several), the ratios, and whether the paths agreed.
 */
public final class DjlBenchReport {
  private DjlBenchReport() {}

  /**
   * What both paths scored.
   *
   * @param pairs pairs scored per run
   * @param tally tokens of both responses of every pair, and the batched path's calls and padding
   * @param model the model and its batching settings, as printed
   * @param partitions Spark partitions the pairs were cached in
   * @param votePairsPerBatch pairs per {@code VotePartition} batch
   */
  public record Workload(long pairs, TokenTally tally, String model, int partitions, int votePairsPerBatch) {}

  /**
   * Seconds of each timed run, per path.
   *
   * @param encode tokenising and truncating both responses, no model call (the floor of both paths)
   * @param vote the vote path
   * @param row the row UDF path
   */
  public record Timings(double[] encode, double[] vote, double[] row) {
    public Timings(int runs) {
      this(new double[runs], new double[runs], new double[runs]);
    }
  }

  /** The report; each path's figure is the median of its runs. */
  public static List<String> lines(Workload workload, Timings timings, Agreement agreement) {
    TokenTally tally = workload.tally();
    double vote = BenchRuns.median(timings.vote());
    double row = BenchRuns.median(timings.row());
    return List.of(
        String.format(Locale.ROOT, "bench-djl: %,d pairs = %,d sequences, %,d tokens after formatting and"
            + " truncation (%,d cut at max_length); model %s; %d partitions; vote batches of %d pairs",
            workload.pairs(), tally.sequences(), tally.tokens(), tally.truncated(), workload.model(),
            workload.partitions(), workload.votePairsPerBatch()),
        path("vote (VotePartition, batched)", vote, workload, String.format(Locale.ROOT,
            "%,d model calls, %,d padded tokens (%+.1f%%)", tally.batchedCalls(), tally.paddedTokens(),
            100 * tally.paddingOverhead()), timings.vote()),
        path("row UDF (one sequence per call)", row, workload, String.format(Locale.ROOT,
            "%,d model calls, no padding", tally.sequences()), timings.row()),
        path("encode only (floor, no model)", BenchRuns.median(timings.encode()), workload,
            "tokenise + truncate both responses, as both paths do", timings.encode()),
        String.format(Locale.ROOT, "ratio: vote / row UDF = %.2fx throughput (pairs/s and tokens/s alike); %s",
            row / vote, beyondFloor(vote - BenchRuns.median(timings.encode()),
                row - BenchRuns.median(timings.encode())))
            + pairedRatios(timings),
        agreementLine(agreement));
  }

  /** The model's share of each path; a path no slower than the floor (tiny runs, noise) has no ratio to give. */
  static String beyondFloor(double vote, double row) {
    String times = String.format(Locale.ROOT, "beyond the encode floor: vote %.2f s, row UDF %.2f s", vote, row);
    return vote > 0 && row > 0 ? times + String.format(Locale.ROOT, " (%.2fx)", row / vote)
        : times + " (no ratio: a path was no slower than the floor; score more pairs)";
  }

  /**
   * Runs alternate between the paths, so run i of each saw about the same load: on a shared machine the ratio of each
   * such pair of runs is steadier than the ratio of the two medians.
   */
  static String pairedRatios(Timings timings) {
    int runs = Math.min(timings.vote().length, timings.row().length);
    if (runs < 2) {
      return "";
    }
    double[] ratios = new double[runs];
    for (int r = 0; r < runs; r++) {
      ratios[r] = timings.row()[r] / timings.vote()[r];
    }
    return Arrays.stream(ratios).mapToObj(ratio -> String.format(Locale.ROOT, "%.2f", ratio))
        .collect(Collectors.joining(" / ", "; run by run ", String.format(Locale.ROOT, " (median %.2fx)",
            BenchRuns.median(ratios))));
  }

  static String agreementLine(Agreement agreement) {
    return String.format(Locale.ROOT, "agreement: max |reward difference| between the paths %.1e over %,d pairs"
        + " (tolerance %.0e)%s: %s", agreement.maxAbsDifference(), agreement.compared(), Agreement.TOLERANCE,
        agreement.missing() == 0 ? "" : String.format(Locale.ROOT, ", %,d pairs in one path only",
            agreement.missing()), agreement.agrees() ? "same" : "DIFFERENT (worst pair " + agreement.worstPair() + ")");
  }

  private static String path(String label, double seconds, Workload workload, String detail, double[] runs) {
    String each = runs.length < 2 ? "" : Arrays.stream(runs).mapToObj(run -> String.format(Locale.ROOT, "%.2f", run))
        .collect(Collectors.joining(" / ", "; runs ", " s"));
    return String.format(Locale.ROOT, "  %-33s %8.2f s %9.1f pairs/s %,11.0f tokens/s   %s%s", label, seconds,
        workload.pairs() / seconds, workload.tally().tokens() / seconds, detail, each);
  }
}
