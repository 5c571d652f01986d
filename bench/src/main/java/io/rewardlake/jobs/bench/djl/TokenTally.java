package io.rewardlake.jobs.bench.djl;

import io.rewardlake.core.neural.LengthBuckets;
import java.io.Serializable;
import java.util.List;

/**
 * What a set of sequences costs the model: how many there are, their tokens after formatting and truncation (what a
 * one-row-at-a-time call feeds the model, no padding), how many were cut at {@code max_length}, and the model calls
 * and padded tokens of the batched path, planned exactly as {@code DjlRewardModel.score} plans one call
 * ({@link LengthBuckets}). Tallies add up across batches and partitions.
 */
public record TokenTally(long sequences, long tokens, long truncated, long batchedCalls, long paddedTokens)
    implements Serializable {
  public static final TokenTally NONE = new TokenTally(0, 0, 0, 0, 0);

  /**
   * The tally of one {@code score} call on sequences of these lengths.
   *
   * @param lengths token count of each sequence the call scores
   * @param truncated how many of them were cut
   * @param batchSize the model's {@code batch_size}
   * @param maxBatchTokens the model's {@code max_batch_tokens}
   */
  public static TokenTally ofCall(int[] lengths, int truncated, int batchSize, int maxBatchTokens) {
    long tokens = 0;
    for (int length : lengths) {
      tokens += length;
    }
    List<int[]> calls = LengthBuckets.plan(lengths, batchSize, maxBatchTokens);
    return new TokenTally(lengths.length, tokens, truncated, calls.size(), LengthBuckets.paddedTokens(lengths, calls));
  }

  public TokenTally plus(TokenTally other) {
    return new TokenTally(sequences + other.sequences, tokens + other.tokens, truncated + other.truncated,
        batchedCalls + other.batchedCalls, paddedTokens + other.paddedTokens);
  }

  /** Padding the batched path adds, as a fraction of the real tokens. */
  public double paddingOverhead() {
    return tokens == 0 ? 0 : (double) (paddedTokens - tokens) / tokens;
  }
}
