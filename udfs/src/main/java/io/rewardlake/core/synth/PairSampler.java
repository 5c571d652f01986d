package io.rewardlake.core.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Forms and labels the pairs of one prompt. Sampled and flipped pairs take distinct candidate pairs in random
 * order; each near-tie gets a fresh paraphrase variant of a random candidate.
 */
final class PairSampler {

  private final CandidateSet candidates;
  private final SplitMix64 rng;
  private final double sharpness;

  PairSampler(CandidateSet candidates, SplitMix64 rng, double sharpness) {
    this.candidates = candidates;
    this.rng = rng;
    this.sharpness = sharpness;
  }

  List<SynthPair> sample(String promptId, List<PairKind> kinds, int sampledCandidates) {
    List<int[]> combos = shuffledCombos(sampledCandidates, kinds.size());
    List<SynthPair> pairs = new ArrayList<>(kinds.size());
    for (int i = 0; i < kinds.size(); i++) {
      String id = promptId + "-" + i;
      PairKind kind = kinds.get(i);
      pairs.add(kind == PairKind.AMBIGUOUS ? nearTie(id, sampledCandidates) : labelled(id, combos.get(i), kind));
    }
    return pairs;
  }

  /** Bradley–Terry: a wins with sigmoid(sharpness * (q_a - q_b)); an injected flip then swaps the outcome. */
  private SynthPair labelled(String id, int[] combo, PairKind kind) {
    Candidate a = candidates.get(combo[0]);
    Candidate b = candidates.get(combo[1]);
    boolean aWins = rng.chance(SynthMath.sigmoid(sharpness * (a.quality() - b.quality())));
    return orient(id, a, b, aWins != (kind == PairKind.FLIPPED), kind);
  }

  private SynthPair nearTie(String id, int sampledCandidates) {
    Candidate base = candidates.get(rng.nextInt(sampledCandidates));
    Candidate variant = candidates.addVariant(base);
    return orient(id, base, variant, rng.chance(0.5), PairKind.AMBIGUOUS);
  }

  private static SynthPair orient(String id, Candidate a, Candidate b, boolean aChosen, PairKind kind) {
    return aChosen ? new SynthPair(id, a, b, kind) : new SynthPair(id, b, a, kind);
  }

  /** The first {@code needed} of all index pairs (i &lt; j), partially Fisher–Yates shuffled. */
  private List<int[]> shuffledCombos(int size, int needed) {
    List<int[]> combos = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        combos.add(new int[] {i, j});
      }
    }
    for (int i = 0; i < Math.min(needed, combos.size()); i++) {
      Collections.swap(combos, i, i + rng.nextInt(combos.size() - i));
    }
    return combos;
  }
}
