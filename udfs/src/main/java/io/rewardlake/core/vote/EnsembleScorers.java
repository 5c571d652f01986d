package io.rewardlake.core.vote;

import io.rewardlake.core.model.Ensemble;
import io.rewardlake.core.model.LinearRewardModel;
import io.rewardlake.core.model.RewardModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Picks the fastest scorer an ensemble allows. */
public final class EnsembleScorers {
  private EnsembleScorers() {}

  /**
   * Shared-backbone scoring when any member is an encoder model; packed one-pass scoring when every member is
   * built-in linear with one featurizer; member-by-member scoring otherwise (mixed or external families).
   */
  public static EnsembleScorer of(Ensemble ensemble) {
    if (SharedBackboneScorer.applies(ensemble)) {
      return new SharedBackboneScorer(ensemble);
    }
    List<LinearRewardModel> linear = new ArrayList<>();
    for (int m = 0; m < ensemble.size(); m++) {
      RewardModel member = ensemble.member(m);
      if (!(member instanceof LinearRewardModel model)) {
        return new MemberwiseScorer(ensemble);
      }
      linear.add(model);
    }
    long specs = linear.stream().map(model -> model.metadata().featurizer()).distinct().count();
    return specs == 1 ? PackedLinearScorer.of(linear) : new MemberwiseScorer(ensemble);
  }

  /** The mean over members of each row, e.g. the ensemble's reward. */
  public static double[] means(double[][] perMember) {
    Objects.requireNonNull(perMember, "perMember");
    double[] out = new double[perMember.length];
    for (int i = 0; i < out.length; i++) {
      double sum = 0;
      for (double value : perMember[i]) {
        sum += value;
      }
      out[i] = sum / perMember[i].length;
    }
    return out;
  }
}
