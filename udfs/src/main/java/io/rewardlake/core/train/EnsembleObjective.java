package io.rewardlake.core.train;

import java.io.Serializable;

/**
 * The training objective of all M members at once, over feature-major packed weights ({@code w[i * M + m]}).
 * Member m minimises {@code (1 / W_m) Σ_pairs count_m · weight · ℓ(Δ_m, p, margin) + (λ/2)‖w_m‖²}, where
 * {@code W_m = Σ count_m · weight} over its training pairs, so λ means the same for every member whatever its
 * subset size. Members share no parameters, so the sum over members is minimised exactly where each member's own
 * objective is: one optimiser run trains the whole ensemble, and each pair is read once per iteration for all M.
 *
 * <p>Optimisers that average the data term over the n examples they see (the ensemble trainer's does) get the per-member
 * normalisation through {@link #scaledFor}: each member's contribution is multiplied by {@code n / W_m}.
 */
public final class EnsembleObjective implements Serializable {
  private final int members;
  private final double[] memberScale;
  /** Which packed weights may move ({@code [i * M + m]}); null: all. */
  private final boolean[] trainable;

  private EnsembleObjective(int members, double[] memberScale, boolean[] trainable) {
    this.members = members;
    this.memberScale = memberScale.clone();
    this.trainable = trainable == null ? null : trainable.clone();
  }

  /**
   * The same objective where only the {@code trainable} packed weights get a gradient: a member restricted to a
   * block of features (an encoder head over one backbone of several) keeps zero weights elsewhere, because weights
   * that start at 0 and never get a gradient stay 0 under L-BFGS and L2.
   */
  public EnsembleObjective restrictedTo(boolean[] packedTrainable) {
    return new EnsembleObjective(members, memberScale, packedTrainable);
  }

  /** Objective whose data term, once divided by {@code examples}, is each member's weighted mean loss. */
  public static EnsembleObjective scaledFor(long examples, double[] memberWeightTotals) {
    double[] scale = new double[memberWeightTotals.length];
    for (int m = 0; m < scale.length; m++) {
      if (!(memberWeightTotals[m] > 0)) {
        throw new IllegalArgumentException("member " + m + " has no training pairs (total weight "
            + memberWeightTotals[m] + "); use fewer folds or more pairs");
      }
      scale[m] = examples / memberWeightTotals[m];
    }
    return new EnsembleObjective(memberWeightTotals.length, scale, null);
  }

  public int members() {
    return members;
  }

  /**
   * Adds one pair's (scaled) loss gradient to {@code packedGradient} and returns its (scaled) loss.
   *
   * @param indices featurizer slots of the pair's difference vector: {@code count} entries from {@code indexFrom}
   * @param values the matching values, from {@code valueFrom}
   * @param compactOf a slot's row in the packed weights, or null when the weights cover every slot
   * @param multiplicities member m's multiplicity is {@code multiplicities[offset + m]}
   * @param scratch at least {@code 2 * members} doubles, overwritten
   */
  public double accumulate(int[] indices, int indexFrom, float[] values, int valueFrom, int count, int[] compactOf,
      double target, double margin, double weight, byte[] multiplicities, int offset, double[] packedWeights,
      double[] packedGradient, double[] scratch) {
    double loss = 0;
    margins(indices, indexFrom, values, valueFrom, count, compactOf, members, packedWeights, scratch);
    for (int m = 0; m < members; m++) {
      double factor = multiplicities[offset + m] * weight * memberScale[m];
      double delta = scratch[m];
      loss += factor == 0 ? 0 : factor * PairLoss.value(delta, target, margin);
      scratch[members + m] = factor == 0 ? 0 : factor * PairLoss.slope(delta, target, margin);
    }
    addGradient(indices, indexFrom, values, valueFrom, count, compactOf, scratch, packedGradient);
    return loss;
  }

  /**
   * Every member's score difference {@code out[m] = Δ_m = w_m · x} for one pair's entries, over packed weights
   * ({@code [row * members + m]}; rows through {@code compactOf}, or the slots themselves when it is null).
   */
  public static void margins(int[] indices, int indexFrom, float[] values, int valueFrom, int count,
      int[] compactOf, int members, double[] packed, double[] out) {
    java.util.Arrays.fill(out, 0, members, 0.0);
    for (int k = 0; k < count; k++) {
      int base = row(indices[indexFrom + k], compactOf) * members;
      double value = values[valueFrom + k];
      for (int m = 0; m < members; m++) {
        out[m] += packed[base + m] * value;
      }
    }
  }

  /** gradient[i * M + m] += slope_m · x_i, with the slopes in scratch[M .. 2M); only trainable weights move. */
  private void addGradient(int[] indices, int indexFrom, float[] values, int valueFrom, int count, int[] compactOf,
      double[] scratch, double[] gradient) {
    for (int k = 0; k < count; k++) {
      int base = row(indices[indexFrom + k], compactOf) * members;
      double value = values[valueFrom + k];
      for (int m = 0; m < members; m++) {
        if (trainable == null || trainable[base + m]) {
          gradient[base + m] += scratch[members + m] * value;
        }
      }
    }
  }

  private static int row(int slot, int[] compactOf) {
    return compactOf == null ? slot : compactOf[slot];
  }
}
