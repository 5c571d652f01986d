package io.rewardlake.core.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The candidates of one prompt. Keeps every response string distinct within the prompt, so no pair can put the
 * same text on both sides.
 */
final class CandidateSet {

  /** Variants stay strictly inside the 0.1 near-tie band, even after rounding to 6 decimals. */
  static final double NEAR_TIE = 0.09;
  private static final int RESAMPLES = 8;

  private final SynthPrompt prompt;
  private final ResponseWriter writer;
  private final SplitMix64 rng;
  private final List<Candidate> candidates = new ArrayList<>();
  private final Set<String> texts = new HashSet<>(); // membership only; never iterated

  CandidateSet(SynthPrompt prompt, SplitMix64 rng) {
    this.prompt = prompt;
    this.writer = new ResponseWriter(prompt, rng);
    this.rng = rng;
  }

  Candidate addSampled() {
    double quality = SynthMath.round6(rng.nextGaussian());
    return add(quality, distinct(() -> writer.write(quality)));
  }

  /** A paraphrase of {@code base} whose quality differs by less than 0.1. */
  Candidate addVariant(Candidate base) {
    double quality = SynthMath.round6(base.quality() + NEAR_TIE * (2 * rng.nextDouble() - 1));
    return add(quality, distinct(() -> writer.paraphrase(base.draft())));
  }

  Candidate get(int index) {
    return candidates.get(index);
  }

  List<Candidate> all() {
    return List.copyOf(candidates);
  }

  /** Resampling keeps the text-quality relation intact; appending filler guarantees termination. */
  private Draft distinct(Supplier<Draft> make) {
    Draft draft = make.get();
    for (int i = 0; texts.contains(draft.text()); i++) {
      draft = i < RESAMPLES ? make.get() : writer.extend(draft);
    }
    return draft;
  }

  private Candidate add(double quality, Draft draft) {
    Candidate candidate = new Candidate(prompt.id() + "-c" + candidates.size(), quality, draft);
    candidates.add(candidate);
    texts.add(candidate.response());
    return candidate;
  }
}
