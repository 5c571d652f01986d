package io.rewardlake.core.synth;

/**
 * Corpus-wide bookkeeping decided before any text exists: how many prompts, how many pairs each, and which pairs
 * are flipped or ambiguous and which prompts are test. Counts are exact (rate times total, rounded), and each
 * decision is a function of an index alone, so a worker given a range of prompts needs nothing else.
 */
final class CorpusPlan {

  private static final long PAIR_KEY = 0x5A17_0001L;
  private static final long SPLIT_KEY = 0x5A17_0002L;

  private final int pairs;
  private final int pairsPerPrompt;
  private final int prompts;
  private final int ambiguousPairs;
  private final int flippedPairs;
  private final int testPrompts;
  private final IndexPermutation pairOrder;
  private final IndexPermutation promptOrder;

  CorpusPlan(SynthSpec spec) {
    this.pairs = spec.pairs();
    this.pairsPerPrompt = spec.candidatesPerPrompt() - 1; // as many pairs as a spanning tree over the candidates
    this.prompts = ceilDiv(pairs, pairsPerPrompt);
    this.ambiguousPairs = roundedShare(spec.ambiguousRate(), pairs);
    this.flippedPairs = roundedShare(spec.flipRate(), pairs - ambiguousPairs);
    this.testPrompts = roundedShare(spec.testFraction(), prompts);
    this.pairOrder = new IndexPermutation(spec.seed() ^ PAIR_KEY, pairs);
    this.promptOrder = new IndexPermutation(spec.seed() ^ SPLIT_KEY, prompts);
  }

  int prompts() {
    return prompts;
  }

  /** Pairs of one prompt: pairsPerPrompt, except the last prompt takes what is left. */
  int pairsOf(int prompt) {
    return Math.min(pairsPerPrompt, pairs - firstPairOf(prompt));
  }

  int firstPairOf(int prompt) {
    return prompt * pairsPerPrompt;
  }

  /** Ambiguous pairs take the first ranks of the permutation, flipped pairs the next ones. */
  PairKind kindOf(int pair) {
    int rank = pairOrder.permute(pair);
    if (rank < ambiguousPairs) {
      return PairKind.AMBIGUOUS;
    }
    return rank < ambiguousPairs + flippedPairs ? PairKind.FLIPPED : PairKind.SAMPLED;
  }

  boolean isTest(int prompt) {
    return promptOrder.permute(prompt) < testPrompts;
  }

  private static int roundedShare(double rate, int total) {
    return (int) Math.round(rate * total);
  }

  private static int ceilDiv(int numerator, int denominator) {
    return (numerator + denominator - 1) / denominator;
  }
}
