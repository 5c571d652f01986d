package io.rewardlake.core.synth;

/** The ground-truth role of one pair line. */
enum PairKind {
  /** Label sampled Bradley–Terry style from the latent qualities. */
  SAMPLED,
  /** Label sampled, then swapped on purpose: the mislabelled pairs a cleaner should find. */
  FLIPPED,
  /** A near-tie (|q_i - q_j| &lt; 0.1) labelled by a fair coin. */
  AMBIGUOUS
}
