package io.rewardlake.jobs.bench.embed;

/**
 * A linear Bradley–Terry head on dense pair differences, fitted by Nesterov-accelerated gradient descent on the mean
 * soft-target log-loss plus (l2/2)|w|^2. Small and deterministic: the benchmark's heads are a few hundred weights
 * over a few thousand pairs, where a plain full-batch method converges in seconds and no library's stopping rule can
 * end it early.
 */
final class DenseLogistic {
  private DenseLogistic() {}

  /**
   * @param x one difference vector per pair (chosen − rejected)
   * @param target P(chosen preferred) per pair
   * @param l2 the penalty
   * @param iterations gradient steps
   */
  static double[] fit(float[][] x, double[] target, double l2, int iterations) {
    int n = x.length;
    int d = n == 0 ? 0 : x[0].length;
    double maxSquared = 0;
    for (float[] row : x) {
      double squared = 0;
      for (float value : row) {
        squared += (double) value * value;
      }
      maxSquared = Math.max(maxSquared, squared);
    }
    // The log-loss's curvature is at most 1/4 |x|^2; with the penalty this bounds the gradient's Lipschitz constant.
    double step = 1 / (0.25 * maxSquared + l2);
    double[] w = new double[d];
    double[] previous = new double[d];
    double[] look = new double[d];
    for (int t = 1; t <= iterations; t++) {
      double momentum = (t - 1.0) / (t + 2.0);
      for (int j = 0; j < d; j++) {
        look[j] = w[j] + momentum * (w[j] - previous[j]);
      }
      double[] gradient = gradient(x, target, l2, look);
      System.arraycopy(w, 0, previous, 0, d);
      for (int j = 0; j < d; j++) {
        w[j] = look[j] - step * gradient[j];
      }
    }
    return w;
  }

  /** The objective's gradient at {@code w}. */
  static double[] gradient(float[][] x, double[] target, double l2, double[] w) {
    double[] gradient = new double[w.length];
    for (int i = 0; i < x.length; i++) {
      double error = sigmoid(dot(w, x[i])) - target[i];
      for (int j = 0; j < w.length; j++) {
        gradient[j] += error * x[i][j] / x.length;
      }
    }
    for (int j = 0; j < w.length; j++) {
      gradient[j] += l2 * w[j];
    }
    return gradient;
  }

  /** The objective at {@code w}. */
  static double loss(float[][] x, double[] target, double l2, double[] w) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double z = dot(w, x[i]);
      // log(1 + e^-z) and log(1 + e^z), written so neither overflows.
      double softplusMinus = Math.max(-z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
      double softplusPlus = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
      sum += target[i] * softplusMinus + (1 - target[i]) * softplusPlus;
    }
    double norm = 0;
    for (double value : w) {
      norm += value * value;
    }
    return sum / x.length + l2 / 2 * norm;
  }

  static double dot(double[] w, float[] x) {
    double sum = 0;
    for (int j = 0; j < x.length; j++) {
      sum += w[j] * x[j];
    }
    return sum;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
