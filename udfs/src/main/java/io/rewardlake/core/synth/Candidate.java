package io.rewardlake.core.synth;

import java.util.Objects;

/**
 * One response to a prompt with its latent quality (already rounded to the 6 decimals written out).
 *
 * @param id e.g. {@code synth-000042-c2}
 * @param quality latent quality, Normal(0, 1) for sampled candidates, within 0.1 of the base for variants
 * @param draft the response, sentence by sentence
 */
record Candidate(String id, double quality, Draft draft) {

  Candidate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(draft, "draft");
  }

  String response() {
    return draft.text();
  }
}
