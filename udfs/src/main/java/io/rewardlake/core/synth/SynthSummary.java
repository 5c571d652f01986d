package io.rewardlake.core.synth;

/**
 * What one {@link SyntheticCorpusGenerator#write} produced.
 *
 * @param prompts prompts generated
 * @param candidates candidate lines written, near-tie variants included
 * @param pairs pair lines written
 * @param flipped pairs whose label was swapped by injection
 * @param ambiguous near-tie pairs labelled by a fair coin
 * @param testPairs pairs in the test split
 */
public record SynthSummary(int prompts, int candidates, int pairs, int flipped, int ambiguous, int testPairs) {}
