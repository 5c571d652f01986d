package io.rewardlake.spark.train;

import java.io.Serializable;

/**
 * Settings of the L-BFGS run that trains an ensemble.
 *
 * @param l2 λ of the (λ/2)‖w_m‖² penalty per member
 * @param maxIterations L-BFGS iterations at most (each is one or more passes over the cached pairs: line-search steps)
 * @param tolerance relative convergence tolerance of the objective
 * @param corrections L-BFGS history size
 * @param labelSmoothing ε: the loss uses target p(1 − ε) + (1 − p)ε; metrics still compare against p itself
 */
public record OptimizerSettings(double l2, int maxIterations, double tolerance, int corrections,
    double labelSmoothing) implements Serializable {
  public OptimizerSettings {
    if (!(labelSmoothing >= 0 && labelSmoothing <= 0.5)) {
      throw new IllegalArgumentException("labelSmoothing must be in [0, 0.5], got " + labelSmoothing);
    }
    if (!(l2 >= 0) || Double.isInfinite(l2)) {
      throw new IllegalArgumentException("l2 must be finite and >= 0, got " + l2);
    }
    if (maxIterations < 1 || corrections < 1 || !(tolerance > 0)) {
      throw new IllegalArgumentException("need maxIterations >= 1, corrections >= 1, tolerance > 0; got "
          + maxIterations + ", " + corrections + ", " + tolerance);
    }
  }
}
