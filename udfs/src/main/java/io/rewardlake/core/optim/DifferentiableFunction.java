package io.rewardlake.core.optim;

/** A function to minimise with its gradient: one evaluation may be a whole pass over a distributed dataset. */
@FunctionalInterface
public interface DifferentiableFunction {
  /**
   * The value at {@code x}, with the gradient written into {@code gradient} (same length as x, overwritten).
   * Must not keep or change {@code x}.
   */
  double valueAt(double[] x, double[] gradient);
}
