package io.rewardlake.core.repr;

import io.rewardlake.core.model.MlpNetwork;
import io.rewardlake.core.model.MlpShape;
import io.rewardlake.core.model.SparseFeatures;
import java.io.Serializable;
import java.util.List;

/**
 * MetaRM's difference loss J for every member over the shifted samples: the mean over prompts (groups) of
 * {@link DifferenceLoss} of the member's rewards for that prompt's responses. Maximised (gradient ascent) by the
 * inner step of {@link MetaStep}.
 */
public final class ShiftedObjective implements Serializable {
  private final MlpShape shape;
  private final int members;
  private final long groups;

  public ShiftedObjective(MlpShape shape, int members, long groups) {
    if (groups < 1) {
      throw new IllegalArgumentException("need at least one group of shifted samples, got " + groups);
    }
    this.shape = shape;
    this.members = members;
    this.groups = groups;
  }

  /** Adds ∇J of one group (already divided by the group count) for every member and returns its share of J. */
  public double accumulate(List<SparseFeatures> group, double[] params, double[] grad) {
    int n = group.size();
    double[][] hidden = new double[n][shape.hidden()];
    double[] scratch = new double[shape.hidden()];
    double total = 0;
    for (int m = 0; m < members; m++) {
      int base = m * shape.size();
      double[] rewards = new double[n];
      for (int i = 0; i < n; i++) {
        rewards[i] = MlpNetwork.forward(shape, params, base, group.get(i), hidden[i]);
      }
      double[] slopes = new double[n];
      total += DifferenceLoss.value(rewards, 1.0 / groups, slopes) / groups;
      for (int i = 0; i < n; i++) {
        MlpNetwork.backward(shape, params, base, group.get(i), hidden[i], slopes[i], null, grad, scratch);
      }
    }
    return total;
  }
}
