package io.rewardlake.jobs.bench.embed;

import io.rewardlake.jobs.bench.djl.TokenTally;
import io.rewardlake.jobs.bench.BenchRuns;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The lines {@code bench-embed} prints: the workload, one line per path (median seconds, texts/s and tokens/s over the
 * same texts), the ratios to the single-thread floor run by run, the projection to 10^8 texts, and the agreement.
 */
final class EmbedBenchReport {
  /** The Spark path should beat the single-thread floor by this much on two cores. */
  static final double GOAL = 1.6;
  static final double PROJECTED_TEXTS = 1e8;

  private EmbedBenchReport() {}

  /**
   * What every path embedded.
   *
   * @param texts distinct texts per run
   * @param tally their tokens, and the model calls and padding of the batched calls
   * @param backbone the backbone and its settings, as printed
   * @param partitions Spark partitions of the Spark path
   * @param cores task slots Spark runs at once
   */
  record Workload(long texts, TokenTally tally, String backbone, int partitions, int cores) {}

  /** Seconds of each timed run, per path. */
  record Timings(double[] spark, double[] floor, double[] row) {
    Timings(int runs) {
      this(new double[runs], new double[runs], new double[runs]);
    }
  }

  static List<String> lines(Workload workload, Timings timings, VectorAgreement agreement) {
    TokenTally tally = workload.tally();
    double spark = BenchRuns.median(timings.spark());
    double floor = BenchRuns.median(timings.floor());
    double row = BenchRuns.median(timings.row());
    double[] ratios = ratios(timings.floor(), timings.spark());
    double ratio = BenchRuns.median(ratios);
    return List.of(
        String.format(Locale.ROOT, "bench-embed: %,d texts, %,d tokens as the backbone reads them (%,d cut at"
            + " max_length); %s; %d partitions over %d task slots", workload.texts(), tally.tokens(),
            tally.truncated(), workload.backbone(), workload.partitions(), workload.cores()),
        String.format(Locale.ROOT, "  padding: %,d model calls, %,d padded tokens for %,d real (padding share"
            + " %.1f%%)", tally.batchedCalls(), tally.paddedTokens(), tally.tokens(), 100 * paddingShare(tally)),
        path("Spark path (EmbedPartition)", spark, workload, timings.spark()),
        path("floor (1 thread, no Spark)", floor, workload, timings.floor()),
        path("row UDF (one text per call)", row, workload, timings.row()),
        String.format(Locale.ROOT, "ratio: Spark path / floor = %.2fx (goal >= %.1fx on 2 cores: %s)%s; row UDF /"
            + " floor = %.2fx", ratio, GOAL, ratio >= GOAL ? "met" : "NOT met", runByRun(ratios),
            floor / row),
        String.format(Locale.ROOT, "projected: %.1f hours per 10^8 texts on this machine with the Spark path"
            + " (%.1f with the floor)", hours(workload.texts(), spark), hours(workload.texts(), floor)),
        agreementLine(agreement));
  }

  /** Padded slots that hold no real token, as a share of all slots the model computed. */
  static double paddingShare(TokenTally tally) {
    return tally.paddedTokens() == 0 ? 0 : (double) (tally.paddedTokens() - tally.tokens()) / tally.paddedTokens();
  }

  static double hours(long texts, double seconds) {
    return PROJECTED_TEXTS / (texts / seconds) / 3600;
  }

  /** Run i of every path saw about the same load (runs alternate), so the per-run ratio is the steadier figure. */
  static double[] ratios(double[] floor, double[] spark) {
    double[] ratios = new double[Math.min(floor.length, spark.length)];
    for (int r = 0; r < ratios.length; r++) {
      ratios[r] = floor[r] / spark[r];
    }
    return ratios;
  }

  static String agreementLine(VectorAgreement agreement) {
    return String.format(Locale.ROOT, "agreement: lowest cosine between the Spark path and the floor %.6f over %,d"
        + " texts (tolerance %.3f)%s: %s", agreement.lowestCosine(), agreement.compared(), VectorAgreement.TOLERANCE,
        agreement.missing() == 0 ? "" : String.format(Locale.ROOT, ", %,d texts missing", agreement.missing()),
        agreement.agrees() ? "same" : "DIFFERENT");
  }

  private static String runByRun(double[] ratios) {
    return ratios.length < 2 ? "" : Arrays.stream(ratios).mapToObj(r -> String.format(Locale.ROOT, "%.2f", r))
        .collect(Collectors.joining(" / ", ", run by run ", ""));
  }

  private static String path(String label, double seconds, Workload workload, double[] runs) {
    String each = runs.length < 2 ? "" : Arrays.stream(runs).mapToObj(run -> String.format(Locale.ROOT, "%.2f", run))
        .collect(Collectors.joining(" / ", "   runs ", " s"));
    return String.format(Locale.ROOT, "  %-30s %8.2f s %9.1f texts/s %,11.0f tokens/s%s", label, seconds,
        workload.texts() / seconds, workload.tally().tokens() / seconds, each);
  }
}
