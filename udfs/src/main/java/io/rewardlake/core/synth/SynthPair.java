package io.rewardlake.core.synth;

import java.util.Objects;

/**
 * One labelled pair as written, with its ground truth.
 *
 * @param id e.g. {@code synth-000042-1}
 * @param chosen the response the (possibly noisy) label prefers
 * @param rejected the other response
 * @param kind how the label came about
 */
record SynthPair(String id, Candidate chosen, Candidate rejected, PairKind kind) {

  SynthPair {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if (chosen.response().equals(rejected.response())) {
      throw new IllegalArgumentException("pair " + id + " has the same response on both sides");
    }
  }

  /** Latent quality advantage of the chosen response; negative when the label goes against the truth. */
  double trueStrength() {
    return chosen.quality() - rejected.quality();
  }
}
