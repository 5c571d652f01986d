package io.rewardlake.jobs.bench.djl;

import java.util.Map;
import java.util.Objects;

/**
 * Whether two ways of scoring gave the same reward difference for every pair: batching must change speed, never the
 * numbers. Batched and single-row calls run different kernel shapes, so float32 results may differ in the last bits;
 * anything beyond the tolerance means a real bug (padding not masked, rows mixed up).
 *
 * @param compared pairs present in both results
 * @param missing pairs present in only one of them
 * @param maxAbsDifference the largest |a - b| over the compared pairs
 * @param worstPair the pair with that difference (null if none compared)
 */
public record Agreement(long compared, long missing, double maxAbsDifference, String worstPair) {
  /** Reward differences of the two paths may differ by this much (float32 scores of magnitude about 1). */
  public static final double TOLERANCE = 1e-4;

  public static Agreement of(Map<String, Double> a, Map<String, Double> b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    long compared = 0;
    double worst = 0;
    String worstPair = null;
    for (Map.Entry<String, Double> entry : a.entrySet()) {
      Double other = b.get(entry.getKey());
      if (other == null) {
        continue;
      }
      compared++;
      double difference = Math.abs(entry.getValue() - other);
      // Written so a NaN on either side becomes the result and stays (NaN never compares greater) and fails the check.
      if (!Double.isNaN(worst) && (worstPair == null || !(difference <= worst))) {
        worst = difference;
        worstPair = entry.getKey();
      }
    }
    long missing = (a.size() - compared) + (b.size() - compared);
    return new Agreement(compared, missing, worst, worstPair);
  }

  /** Same pairs on both sides and every difference within the tolerance. */
  public boolean agrees() {
    return missing == 0 && compared > 0 && maxAbsDifference <= TOLERANCE;
  }
}
