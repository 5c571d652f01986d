package io.rewardlake.core.djl;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Next-token logits turned into what an OpenAI-compatible endpoint reports at the answer position: log-probabilities
 * (a log-softmax over the whole vocabulary, in double precision) of the top-k tokens, keyed by token text. Unlike an
 * endpoint, the label and score tokens are always added even when outside the top-k: {@code LabelLogprobs} and
 * {@code DirectScore} treat a missing label as probability 0, which a local model has no reason to approximate.
 * Tokens that decode to the same text (e.g. SentencePiece {@code "1"} and {@code "▁1"}) are merged by log-sum-exp.
 */
final class TokenLogprobs {
  private TokenLogprobs() {}

  /**
   * @param logits the row's logits, {@code vocab} values from {@code offset}
   * @param topK how many of the most likely tokens to report
   * @param always token ids reported whatever their rank (the label and score tokens)
   * @param text the text a token id decodes to
   */
  static Map<String, Double> of(float[] logits, int offset, int vocab, int topK, long[] always,
      LongFunction<String> text) {
    double normaliser = logSumExp(logits, offset, vocab);
    Set<Long> ids = new LinkedHashSet<>();
    for (int id : top(logits, offset, vocab, topK)) {
      ids.add((long) id);
    }
    for (long id : always) {
      ids.add(id);
    }
    Map<String, Double> out = new HashMap<>();
    for (long id : ids) {
      out.merge(text.apply(id), logits[offset + (int) id] - normaliser, TokenLogprobs::logAddExp);
    }
    return out;
  }

  /** The most likely next token; ties go to the lowest id, so greedy decoding is deterministic. */
  static int argmax(float[] logits, int offset, int vocab) {
    int best = 0;
    for (int v = 1; v < vocab; v++) {
      if (logits[offset + v] > logits[offset + best]) {
        best = v;
      }
    }
    return best;
  }

  static double logSumExp(float[] logits, int offset, int vocab) {
    double max = Double.NEGATIVE_INFINITY;
    for (int v = 0; v < vocab; v++) {
      max = Math.max(max, logits[offset + v]);
    }
    double sum = 0;
    for (int v = 0; v < vocab; v++) {
      sum += Math.exp(logits[offset + v] - max);
    }
    return max + Math.log(sum);
  }

  static double logAddExp(double a, double b) {
    double max = Math.max(a, b);
    return max == Double.NEGATIVE_INFINITY ? max : max + Math.log(Math.exp(a - max) + Math.exp(b - max));
  }

  /** Ids of the k largest logits (a min-heap of size k: one pass, no sort of the whole vocabulary). */
  private static int[] top(float[] logits, int offset, int vocab, int k) {
    java.util.Comparator<Integer> rank = (a, b) -> logits[offset + a] != logits[offset + b]
        ? Float.compare(logits[offset + a], logits[offset + b]) : Integer.compare(b, a);
    PriorityQueue<Integer> heap = new PriorityQueue<>(Math.max(1, k), rank);
    for (int v = 0; v < vocab; v++) {
      if (heap.size() < k) {
        heap.add(v);
      } else if (rank.compare(v, heap.peek()) > 0) {
        heap.poll();
        heap.add(v);
      }
    }
    return heap.stream().mapToInt(Integer::intValue).toArray();
  }
}
