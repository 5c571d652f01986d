package io.rewardlake.spark.train;

import io.rewardlake.core.model.MlpShape;

/**
 * The result of representation training: every member's parameters over the used slots.
 *
 * @param compact member-major parameters, each member laid out by {@code shape} (over the used slots)
 * @param slots featurizer slot of each compact index
 * @param shape the per-member layout over the used slots
 * @param dimension featurizer slots D
 * @param lossHistory the labelled objective (mean loss per member, summed over members) at each step
 * @param trainingPairs pairs at least one member trained on
 */
public record MlpWeights(double[] compact, int[] slots, MlpShape shape, int dimension, int members,
    double[] lossHistory, long trainingPairs) {

  /** Member m's parameters over all D featurizer slots ({@link MlpShape}(D, H) layout), rounded to float. */
  public double[] member(int member) {
    int hidden = shape.hidden();
    MlpShape full = new MlpShape(dimension, hidden);
    double[] out = new double[full.size()];
    int base = member * shape.size();
    for (int k = 0; k < slots.length; k++) {
      out[slots[k]] = (float) compact[base + k];
      for (int j = 0; j < hidden; j++) {
        out[full.hiddenWeight(slots[k]) + j] = (float) compact[base + shape.hiddenWeight(k) + j];
      }
    }
    for (int j = 0; j < 2 * hidden; j++) {
      out[full.bias() + j] = (float) compact[base + shape.bias() + j];
    }
    return out;
  }

  public int iterations() {
    return lossHistory.length;
  }

  public double finalLoss() {
    return lossHistory.length == 0 ? Double.NaN : lossHistory[lossHistory.length - 1];
  }
}
