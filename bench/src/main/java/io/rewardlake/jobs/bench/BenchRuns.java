package io.rewardlake.jobs.bench;

import io.rewardlake.jobs.Progress;
import java.util.Arrays;
import java.util.function.Supplier;

/** What every side-by-side benchmark does with its runs: time one, and report the median of several. */
public final class BenchRuns {
  private BenchRuns() {}

  /** Runs {@code work} once (saying {@code label} on {@code stage}'s progress), stores its seconds at {@code seconds[run]}. */
  public static <T> T timed(String stage, String label, Supplier<T> work, double[] seconds, int run) {
    Progress.say(stage, label);
    long start = System.nanoTime();
    T result = work.get();
    seconds[run] = (System.nanoTime() - start) / 1e9;
    return result;
  }

  /** The median; of an even count, the upper middle value (a real run, not an average of two). */
  public static double median(double[] runs) {
    double[] sorted = runs.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
