package io.rewardlake.jobs.bench.djl;

import java.util.List;
import java.util.Locale;

/**
 * The lines {@code bench-djl} prints: the workload, one line per path (pairs/s and tokens/s over the same real tokens,
 * so the two rates give the same ratio), the ratio, and whether the paths agreed.
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

  public static List<String> lines(Workload workload, double voteSeconds, double rowSeconds, Agreement agreement) {
    TokenTally tally = workload.tally();
    return List.of(
        String.format(Locale.ROOT, "bench-djl: %,d pairs = %,d sequences, %,d tokens after formatting and"
            + " truncation (%,d cut at max_length); model %s; %d partitions; vote batches of %d pairs",
            workload.pairs(), tally.sequences(), tally.tokens(), tally.truncated(), workload.model(),
            workload.partitions(), workload.votePairsPerBatch()),
        path("vote (VotePartition, batched)", voteSeconds, workload, String.format(Locale.ROOT,
            "%,d model calls, %,d padded tokens (%+.1f%%)", tally.batchedCalls(), tally.paddedTokens(),
            100 * tally.paddingOverhead())),
        path("row UDF (one sequence per call)", rowSeconds, workload, String.format(Locale.ROOT,
            "%,d model calls, no padding", tally.sequences())),
        String.format(Locale.ROOT, "ratio: vote / row UDF = %.2fx throughput (pairs/s and tokens/s alike)",
            rowSeconds / voteSeconds),
        agreementLine(agreement));
  }

  static String agreementLine(Agreement agreement) {
    return String.format(Locale.ROOT, "agreement: max |reward difference| between the paths %.1e over %,d pairs"
        + " (tolerance %.0e)%s: %s", agreement.maxAbsDifference(), agreement.compared(), Agreement.TOLERANCE,
        agreement.missing() == 0 ? "" : String.format(Locale.ROOT, ", %,d pairs in one path only",
            agreement.missing()), agreement.agrees() ? "same" : "DIFFERENT (worst pair " + agreement.worstPair() + ")");
  }

  private static String path(String label, double seconds, Workload workload, String detail) {
    return String.format(Locale.ROOT, "  %-33s %8.2f s %9.1f pairs/s %,11.0f tokens/s   %s", label, seconds,
        workload.pairs() / seconds, workload.tally().tokens() / seconds, detail);
  }
}
