package io.rewardlake.core.model;

import java.util.List;

/**
 * The dense prompt–response interaction features in slots {@code [0, COUNT)}, named in {@link #NAMES} order. They
 * make the prompt matter in a pairwise model, where the prompt's own features cancel out of
 * {@code f(x, chosen) − f(x, rejected)}. Each is finite and roughly in [-1, 1] for any input; set features count
 * distinct words ({@code ?} and {@code !} excluded), lengths count all tokens.
 */
public final class Interactions {
  /** What each dense slot holds, by slot. */
  public static final List<String> NAMES = List.of(
      "last_turn_recall",        // share of the last human turn's words that the response uses
      "prompt_overlap",          // share of the response's words that some human turn uses
      "log_length",              // log(1 + response tokens) / 5
      "log_length_ratio",        // log((1 + response tokens) / (1 + last human turn tokens)) / 5
      "distinct_ratio",          // distinct / total response tokens (0 when empty)
      "ends_with_question",      // 1 when the last response token is "?"
      "question_exclaim_share",  // share of response tokens that are "?" or "!"
      "last_turn_jaccard");      // Jaccard similarity of response and last human turn words
  public static final int COUNT = NAMES.size();

  /** Lengths are scaled so that common lengths (up to ~150 tokens) stay within [-1, 1]. */
  private static final double LOG_SCALE = 5;

  private Interactions() {}

  static void addTo(FeatureAccumulator out, PromptContext context, ResponseTokens response, Overlap overlap) {
    double[] values = values(context, response, overlap);
    for (int slot = 0; slot < values.length; slot++) {
      out.add(slot, values[slot]);
    }
  }

  static double[] values(PromptContext context, ResponseTokens response, Overlap overlap) {
    int words = response.words.length;
    int lastTurnWords = context.lastTurnWords().size();
    int shared = overlap.inLastTurnCount();
    return new double[] {
        ratio(shared, lastTurnWords),
        ratio(overlap.inPromptCount(), words),
        StrictMath.log1p(response.total()) / LOG_SCALE,
        StrictMath.log((1.0 + response.total()) / (1.0 + context.lastTurnTokens())) / LOG_SCALE,
        ratio(response.distinct(), response.total()),
        response.endsWithQuestion ? 1 : 0,
        ratio(response.marks, response.total()),
        ratio(shared, words + lastTurnWords - shared)};
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
