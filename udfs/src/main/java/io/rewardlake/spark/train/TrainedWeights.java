package io.rewardlake.spark.train;

/**
 * The result of a training run.
 *
 * @param packed feature-major weights {@code packed[i * members + m]}
 * @param members M
 * @param lossHistory the objective after each L-BFGS iteration (sum over members)
 * @param trainingPairs pairs at least one member trained on
 */
public record TrainedWeights(double[] packed, int members, double[] lossHistory, long trainingPairs) {
  /** Member m's weights as a plain array indexed by featurizer slot. */
  public double[] member(int member) {
    double[] out = new double[packed.length / members];
    for (int i = 0; i < out.length; i++) {
      out[i] = packed[i * members + member];
    }
    return out;
  }

  public int iterations() {
    return Math.max(0, lossHistory.length - 1);
  }

  public double finalLoss() {
    return lossHistory.length == 0 ? Double.NaN : lossHistory[lossHistory.length - 1];
  }
}
