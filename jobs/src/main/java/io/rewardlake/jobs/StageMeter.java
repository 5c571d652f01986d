package io.rewardlake.jobs;

import java.util.Locale;

/**
 * Progress of one Spark stage as a line a person reads: tasks done of total, rows read, rate and ETA. The ETA
 * assumes the remaining tasks take as long as the finished ones did on average, which holds for RewardLake's
 * evenly sharded tables (pairs are hash-partitioned by pair_id).
 */
public record StageMeter(String label, int tasksDone, int tasksTotal, long rows, double seconds) {

  /** Seconds left, or NaN before the first task finished. */
  public double etaSeconds() {
    if (tasksDone == 0 || seconds <= 0) {
      return Double.NaN;
    }
    return (tasksTotal - tasksDone) * seconds / tasksDone;
  }

  public double rowsPerSecond() {
    return seconds <= 0 ? 0 : rows / seconds;
  }

  public String line() {
    double eta = etaSeconds();
    return String.format(Locale.ROOT, "%s: %d/%d tasks, %,d rows, %,.0f rows/s, ETA %s", label, tasksDone, tasksTotal,
        rows, rowsPerSecond(), Double.isNaN(eta) ? "?" : String.format(Locale.ROOT, "%.0f s", eta));
  }
}
