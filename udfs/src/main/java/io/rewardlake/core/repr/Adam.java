package io.rewardlake.core.repr;

/**
 * Adam on the driver over the full parameter vector. A hidden layer makes the objective non-convex and the
 * contrastive views make it stochastic, which L-BFGS's line search does not tolerate; Adam with full-batch
 * gradients does, and its steps are per-coordinate, so rare hashed features learn as fast as common ones.
 */
public final class Adam {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;

  private final double rate;
  private final double[] first;
  private final double[] second;
  private int steps;

  public Adam(int size, double rate) {
    this.rate = rate;
    this.first = new double[size];
    this.second = new double[size];
  }

  /** θ ← θ − rate · m̂ / (√v̂ + ε), in place. */
  public void step(double[] theta, double[] gradient) {
    steps++;
    double correction1 = 1 - Math.pow(BETA1, steps);
    double correction2 = 1 - Math.pow(BETA2, steps);
    for (int i = 0; i < theta.length; i++) {
      first[i] = BETA1 * first[i] + (1 - BETA1) * gradient[i];
      second[i] = BETA2 * second[i] + (1 - BETA2) * gradient[i] * gradient[i];
      theta[i] -= rate * (first[i] / correction1) / (Math.sqrt(second[i] / correction2) + EPSILON);
    }
  }
}
