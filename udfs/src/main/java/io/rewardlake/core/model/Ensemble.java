package io.rewardlake.core.model;

import java.util.List;
import java.util.Objects;

/**
 * M reward models that vote together, with the manifest that says how their training subsets were chosen (so voting
 * can restrict a pair to the members that held it out). Closing the ensemble closes every member.
 */
public final class Ensemble implements AutoCloseable {
  private final EnsembleManifest manifest;
  private final List<RewardModel> members;

  public Ensemble(EnsembleManifest manifest, List<RewardModel> members) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.members = List.copyOf(members);
    if (this.members.size() != manifest.members().size()) {
      throw new IllegalArgumentException("ensemble " + manifest.ensembleId() + " lists " + manifest.members().size()
          + " members but " + this.members.size() + " were given");
    }
  }

  public String id() {
    return manifest.ensembleId();
  }

  public EnsembleManifest manifest() {
    return manifest;
  }

  public int size() {
    return members.size();
  }

  public RewardModel member(int index) {
    return members.get(index);
  }

  /** Every member's rewards for the batch: {@code result[m][i]}. */
  public float[][] score(List<PromptResponse> batch) {
    float[][] out = new float[members.size()][];
    for (int m = 0; m < out.length; m++) {
      out[m] = members.get(m).score(batch);
    }
    return out;
  }

  @Override
  public void close() {
    members.forEach(RewardModel::close);
  }
}
