package io.rewardlake.core.synth;

/** Running totals for the {@link SynthSummary}, fed one prompt batch at a time. */
final class SummaryCounter {

  private int prompts;
  private int candidates;
  private int pairs;
  private int flipped;
  private int ambiguous;
  private int testPairs;

  void add(PromptBatch batch) {
    prompts++;
    candidates += batch.candidates().size();
    pairs += batch.pairs().size();
    flipped += batch.countOf(PairKind.FLIPPED);
    ambiguous += batch.countOf(PairKind.AMBIGUOUS);
    testPairs += batch.prompt().test() ? batch.pairs().size() : 0;
  }

  SynthSummary summary() {
    return new SynthSummary(prompts, candidates, pairs, flipped, ambiguous, testPairs);
  }
}
