package io.rewardlake.core.neural;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Cuts a batch of token sequences into model calls that waste little on padding: sequences are sorted by length and
 * taken in that order, so each call pads only to its own longest member, and a call stops growing at
 * {@code maxBatch} sequences or when {@code sequences × longest} would exceed {@code maxBatchTokens} (the memory a
 * call may take). A sequence longer than the token budget on its own still gets a call of one.
 */
public final class LengthBuckets {
  private LengthBuckets() {}

  /**
   * The calls, each a list of indices into {@code lengths}, shortest sequences first.
   *
   * @param lengths token count of each sequence
   * @param maxBatch most sequences per call, at least 1
   * @param maxBatchTokens most padded tokens per call, at least 1
   */
  public static List<int[]> plan(int[] lengths, int maxBatch, int maxBatchTokens) {
    if (maxBatch < 1 || maxBatchTokens < 1) {
      throw new IllegalArgumentException("batch size and token budget must be >= 1, got " + maxBatch + " and "
          + maxBatchTokens);
    }
    Integer[] order = IntStream.range(0, lengths.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt(i -> lengths[i]));
    List<int[]> calls = new ArrayList<>();
    int start = 0;
    while (start < order.length) {
      int end = start + 1;
      while (end < order.length && end - start < maxBatch
          && (long) (end - start + 1) * lengths[order[end]] <= maxBatchTokens) {
        end++;
      }
      calls.add(Arrays.stream(order, start, end).mapToInt(Integer::intValue).toArray());
      start = end;
    }
    return calls;
  }

  /** Padded tokens the calls cost in all (what bucketing minimises), for progress output and the benchmark. */
  public static long paddedTokens(int[] lengths, List<int[]> calls) {
    long total = 0;
    for (int[] call : calls) {
      int longest = 0;
      for (int index : call) {
        longest = Math.max(longest, lengths[index]);
      }
      total += (long) longest * call.length;
    }
    return total;
  }
}
