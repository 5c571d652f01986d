package io.rewardlake.core.repr;

/**
 * The InfoNCE loss of SimCSE on a batch: z1[i] and z2[i] are two views of item i (positives), z2[k] for k ≠ i are
 * its negatives. With ẑ = z / ‖z‖ and s_ik = ẑ1_i · ẑ2_k / τ, item i's loss is −log softmax_k(s_i·)[i]; the batch
 * loss is Σ_i c_i · loss_i with per-item weights c (the caller's normalisation and member multiplicities).
 *
 * <p>Gradient: ∂/∂s_ik = c_i (p_ik − [i = k]) with p = softmax over k; then ∂ẑ1_i = Σ_k ∂s_ik ẑ2_k / τ,
 * ∂ẑ2_k = Σ_i ∂s_ik ẑ1_i / τ, and through the normalisation ∂z = (∂ẑ − ẑ (ẑ · ∂ẑ)) / ‖z‖.
 */
public final class InfoNce {
  /** Keeps the normalisation finite for a zero difference (identical representations). */
  static final double EPSILON = 1e-8;

  private InfoNce() {}

  /**
   * The weighted loss; adds its gradients with respect to z1 and z2 into g1 and g2 (same shapes).
   */
  public static double loss(double[][] z1, double[][] z2, double[] weights, double temperature, double[][] g1,
      double[][] g2) {
    int n = z1.length;
    double[][] u1 = normalised(z1);
    double[][] u2 = normalised(z2);
    double[][] du1 = new double[n][z1.length == 0 ? 0 : z1[0].length];
    double[][] du2 = new double[n][du1.length == 0 ? 0 : du1[0].length];
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (weights[i] == 0) {
        continue;
      }
      double[] logits = new double[n];
      for (int k = 0; k < n; k++) {
        logits[k] = dot(u1[i], u2[k]) / temperature;
      }
      double[] p = softmax(logits);
      total += weights[i] * -Math.log(Math.max(p[i], Double.MIN_NORMAL));
      for (int k = 0; k < n; k++) {
        double ds = weights[i] * (p[k] - (i == k ? 1 : 0)) / temperature;
        axpy(ds, u2[k], du1[i]);
        axpy(ds, u1[i], du2[k]);
      }
    }
    for (int i = 0; i < n; i++) {
      addThroughNorm(z1[i], u1[i], du1[i], g1[i]);
      addThroughNorm(z2[i], u2[i], du2[i], g2[i]);
    }
    return total;
  }

  private static double[][] normalised(double[][] z) {
    double[][] out = new double[z.length][];
    for (int i = 0; i < z.length; i++) {
      double norm = Math.sqrt(dot(z[i], z[i]) + EPSILON);
      out[i] = new double[z[i].length];
      for (int j = 0; j < z[i].length; j++) {
        out[i][j] = z[i][j] / norm;
      }
    }
    return out;
  }

  /** g += (dû − û (û · dû)) / ‖z‖, the Jacobian of z ↦ z / sqrt(‖z‖² + ε) applied to dû (up to ε). */
  private static void addThroughNorm(double[] z, double[] u, double[] du, double[] g) {
    double norm = Math.sqrt(dot(z, z) + EPSILON);
    double projection = dot(u, du);
    for (int j = 0; j < z.length; j++) {
      g[j] += (du[j] - u[j] * projection) / norm;
    }
  }

  private static double[] softmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double logit : logits) {
      max = Math.max(max, logit);
    }
    double sum = 0;
    double[] p = new double[logits.length];
    for (int k = 0; k < p.length; k++) {
      p[k] = Math.exp(logits[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += a[j] * b[j];
    }
    return sum;
  }

  private static void axpy(double alpha, double[] x, double[] y) {
    for (int j = 0; j < x.length; j++) {
      y[j] += alpha * x[j];
    }
  }
}
