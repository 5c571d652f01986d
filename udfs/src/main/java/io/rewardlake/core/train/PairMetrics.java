package io.rewardlake.core.train;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mergeable held-out metrics of predicted preferences {@code q = σ(Δ)} against targets p (1 = chosen preferred; soft
 * targets allowed): accuracy over pairs whose target is not a tie, mean log-loss (cross entropy against p), and
 * expected calibration error in the confidence form of Guo et al.: each pair's confidence {@code max(q, 1 − q)} and
 * its correctness (the target's probability of the side the model picked) are averaged in {@value #BINS}
 * equal-width bins over [0.5, 1], and ECE = {@code Σ_b share_b · |mean confidence − mean correctness|}. (Binning q
 * itself would be meaningless here: a pairs table stores the preferred response as chosen, so p is almost always 1.)
 * Partial results from partitions combine with {@link #merge}.
 */
public final class PairMetrics implements Serializable {
  public static final int BINS = 10;
  /** Probabilities are clipped this far from 0 and 1 so one overconfident pair cannot make the log-loss infinite. */
  private static final double EPSILON = 1e-12;

  private long pairs;
  private long decided;
  private long correct;
  private double logLoss;
  private final long[] binCount = new long[BINS];
  private final double[] binPredicted = new double[BINS];
  private final double[] binTarget = new double[BINS];

  /** Adds one pair with model score difference {@code delta} and target {@code target}. */
  public PairMetrics add(double delta, double target) {
    double q = PairLoss.sigmoid(delta);
    pairs++;
    if (target != 0.5) {
      decided++;
      correct += (delta > 0) == (target > 0.5) ? 1 : 0;
    }
    double clipped = Math.min(1 - EPSILON, Math.max(EPSILON, q));
    logLoss -= target * Math.log(clipped) + (1 - target) * Math.log(1 - clipped);
    double confidence = Math.max(q, 1 - q);
    int bin = Math.min(BINS - 1, (int) ((confidence - 0.5) * 2 * BINS));
    binCount[bin]++;
    binPredicted[bin] += confidence;
    binTarget[bin] += q >= 0.5 ? target : 1 - target;
    return this;
  }

  public PairMetrics merge(PairMetrics other) {
    pairs += other.pairs;
    decided += other.decided;
    correct += other.correct;
    logLoss += other.logLoss;
    for (int b = 0; b < BINS; b++) {
      binCount[b] += other.binCount[b];
      binPredicted[b] += other.binPredicted[b];
      binTarget[b] += other.binTarget[b];
    }
    return this;
  }

  public long pairs() {
    return pairs;
  }

  /** Share of non-tie pairs ranked in the target's direction; NaN without such pairs. */
  public double accuracy() {
    return decided == 0 ? Double.NaN : (double) correct / decided;
  }

  public double logLoss() {
    return pairs == 0 ? Double.NaN : logLoss / pairs;
  }

  public double expectedCalibrationError() {
    if (pairs == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int b = 0; b < BINS; b++) {
      sum += binCount[b] == 0 ? 0 : Math.abs(binPredicted[b] - binTarget[b]);
    }
    return sum / pairs;
  }

  /** {@code prefix.pairs, prefix.accuracy, prefix.log_loss, prefix.ece}; empty when there were no pairs. */
  public Map<String, Double> toMap(String prefix) {
    Map<String, Double> map = new LinkedHashMap<>();
    if (pairs > 0) {
      map.put(prefix + ".pairs", (double) pairs);
      map.put(prefix + ".accuracy", accuracy());
      map.put(prefix + ".log_loss", logLoss());
      map.put(prefix + ".ece", expectedCalibrationError());
    }
    return map;
  }
}
