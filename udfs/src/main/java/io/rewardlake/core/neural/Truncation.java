package io.rewardlake.core.neural;

import java.util.Arrays;

/**
 * How a (prompt, response) input that is longer than the model's {@code max_length} is cut. A reward model judges the
 * response, and a response's ending (the conclusion, the refusal, the harmful instruction at the end) is what most
 * often decides its reward, so the usual right-side truncation, which cuts the end of the response first, is the
 * wrong default. RewardLake keeps the end instead:
 *
 * <ol>
 *   <li>The special tokens (e.g. {@code [CLS]} and {@code [SEP]}) are always kept.</li>
 *   <li>If context (the formatted prompt) and response fit in what is left, nothing is cut.</li>
 *   <li>Otherwise the context is cut from its start, keeping its end (the latest turn); it keeps at least a quarter
 *       of the budget, or all of itself if shorter.</li>
 *   <li>The response takes the rest of the budget and is cut from its start, keeping its end.</li>
 * </ol>
 */
public final class Truncation {
  private Truncation() {}

  /** The tokens fed to the model, and what was dropped. */
  public record Result(long[] ids, int droppedContext, int droppedResponse) {
    public boolean truncated() {
      return droppedContext + droppedResponse > 0;
    }
  }

  /** The budget for context and response once the special tokens are in; fails when the specials alone fill it. */
  public static int budget(int maxLength, int specials) {
    int budget = maxLength - specials;
    if (budget < 2) {
      throw new IllegalArgumentException("max_length " + maxLength + " leaves no room for text after " + specials
          + " special tokens");
    }
    return budget;
  }

  /**
   * @param prefix special tokens before the text
   * @param context the formatted prompt's tokens (everything before the response)
   * @param response the response's tokens, with any formatting after it
   * @param suffix special tokens after the text
   * @param maxLength the model's maximum sequence length
   */
  public static Result keepEnd(long[] prefix, long[] context, long[] response, long[] suffix, int maxLength) {
    int budget = budget(maxLength, prefix.length + suffix.length);
    int contextKept = context.length;
    int responseKept = response.length;
    if (context.length + response.length > budget) {
      int contextFloor = Math.min(context.length, budget / 4);
      contextKept = Math.min(context.length, Math.max(contextFloor, budget - response.length));
      responseKept = Math.min(response.length, budget - contextKept);
    }
    long[] ids = new long[prefix.length + contextKept + responseKept + suffix.length];
    int at = 0;
    at = copy(prefix, 0, prefix.length, ids, at);
    at = copy(context, context.length - contextKept, contextKept, ids, at);
    at = copy(response, response.length - responseKept, responseKept, ids, at);
    copy(suffix, 0, suffix.length, ids, at);
    return new Result(ids, context.length - contextKept, response.length - responseKept);
  }

  /** A causal LM's prompt keeps its end (where the question and the answer position are), after the prefix. */
  public static long[] keepEnd(long[] prefix, long[] text, int maxLength) {
    int kept = Math.min(text.length, budget(maxLength, prefix.length));
    long[] ids = Arrays.copyOf(prefix, prefix.length + kept);
    System.arraycopy(text, text.length - kept, ids, prefix.length, kept);
    return ids;
  }

  private static int copy(long[] from, int start, int length, long[] to, int at) {
    System.arraycopy(from, start, to, at, length);
    return at + length;
  }
}
