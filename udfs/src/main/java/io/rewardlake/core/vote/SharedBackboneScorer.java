package io.rewardlake.core.vote;

import io.rewardlake.core.encoder.EmbeddingLookup;
import io.rewardlake.core.encoder.EncoderRewardModel;
import io.rewardlake.core.encoder.TextEncoder;
import io.rewardlake.core.model.Ensemble;
import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.core.model.RewardModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ensemble with encoder members: the backbone is by far the costliest part, so each batch is embedded once per
 * distinct backbone (each distinct text once) and every member that uses it applies only its head. Members of other
 * families score as usual.
 */
public final class SharedBackboneScorer implements EnsembleScorer {
  private final Ensemble ensemble;
  /** Encoder members by the loaded backbone they share; members are listed by index. */
  private final Map<TextEncoder, List<Integer>> byBackbone = new IdentityHashMap<>();
  private final List<Integer> others = new ArrayList<>();

  public SharedBackboneScorer(Ensemble ensemble) {
    this.ensemble = ensemble;
    for (int m = 0; m < ensemble.size(); m++) {
      RewardModel member = ensemble.member(m);
      if (member instanceof EncoderRewardModel encoder) {
        byBackbone.computeIfAbsent(encoder.backbone().loaded(), key -> new ArrayList<>()).add(m);
      } else {
        others.add(m);
      }
    }
  }

  /** Whether any member is an encoder model (else another scorer fits better). */
  public static boolean applies(Ensemble ensemble) {
    for (int m = 0; m < ensemble.size(); m++) {
      if (ensemble.member(m) instanceof EncoderRewardModel) {
        return true;
      }
    }
    return false;
  }

  /** Distinct backbones the ensemble loads (for tests and progress output). */
  public int backbones() {
    return byBackbone.size();
  }

  @Override
  public int members() {
    return ensemble.size();
  }

  @Override
  public double[][] differences(List<PreferencePair> pairs) {
    return differences(pairs, EmbeddingLookup.NONE);
  }

  private double[][] differences(List<PreferencePair> pairs, EmbeddingLookup stored) {
    List<PromptResponse> inputs = new ArrayList<>(2 * pairs.size());
    for (PreferencePair pair : pairs) {
      inputs.add(new PromptResponse(pair.prompt(), pair.chosen()));
      inputs.add(new PromptResponse(pair.prompt(), pair.rejected()));
    }
    double[][] rewards = rewards(inputs, stored);
    double[][] out = new double[pairs.size()][ensemble.size()];
    for (int i = 0; i < out.length; i++) {
      for (int m = 0; m < ensemble.size(); m++) {
        out[i][m] = rewards[2 * i][m] - rewards[2 * i + 1][m];
      }
    }
    return out;
  }

  @Override
  public double[][] rewards(List<PromptResponse> inputs) {
    return rewards(inputs, EmbeddingLookup.NONE);
  }

  /**
   * This scorer for one batch whose embeddings were computed earlier: only texts {@code stored} lacks go through
   * a backbone. The view is not shared, so each task makes its own.
   */
  public EnsembleScorer with(EmbeddingLookup stored) {
    SharedBackboneScorer shared = this;
    return new EnsembleScorer() {
      @Override
      public int members() {
        return shared.members();
      }

      @Override
      public double[][] differences(List<PreferencePair> pairs) {
        return shared.differences(pairs, stored);
      }

      @Override
      public double[][] rewards(List<PromptResponse> inputs) {
        return shared.rewards(inputs, stored);
      }
    };
  }

  private double[][] rewards(List<PromptResponse> inputs, EmbeddingLookup stored) {
    double[][] out = new double[inputs.size()][ensemble.size()];
    for (Map.Entry<TextEncoder, List<Integer>> group : byBackbone.entrySet()) {
      EncoderRewardModel.Embedded embedded = EncoderRewardModel.Embedded.of(group.getKey(), inputs, stored);
      for (int m : group.getValue()) {
        EncoderRewardModel member = (EncoderRewardModel) ensemble.member(m);
        for (int i = 0; i < out.length; i++) {
          out[i][m] = member.reward(embedded.prompt(i), embedded.response(i));
        }
      }
    }
    for (int m : others) {
      float[] scores = ensemble.member(m).score(inputs);
      for (int i = 0; i < out.length; i++) {
        out[i][m] = scores[i];
      }
    }
    return out;
  }
}
