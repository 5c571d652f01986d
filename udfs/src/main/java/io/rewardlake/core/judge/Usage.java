package io.rewardlake.core.judge;

import java.io.Serializable;

/**
 * Tokens a judge's calls consumed, as the endpoint bills them: from the reply's {@code usage} when it has one, else
 * estimated from the request ({@link TokenEstimate}); {@code estimatedCalls} says how many calls had to be estimated.
 * Only calls that returned a reply count; a refused or failed call is not billed by OpenAI-compatible servers.
 *
 * @param calls replies counted
 */
public record Usage(long promptTokens, long completionTokens, int calls, int estimatedCalls) implements Serializable {
  public static final Usage NONE = new Usage(0, 0, 0, 0);

  public Usage {
    if (promptTokens < 0 || completionTokens < 0 || calls < 0 || estimatedCalls < 0 || estimatedCalls > calls) {
      throw new IllegalArgumentException("usage counts are non-negative and estimated calls at most calls, got "
          + promptTokens + ", " + completionTokens + ", " + calls + ", " + estimatedCalls);
    }
  }

  /** One reply's usage as the endpoint reported it. */
  public static Usage reported(long promptTokens, long completionTokens) {
    return new Usage(promptTokens, completionTokens, 1, 0);
  }

  /** One reply without a {@code usage} object: both counts estimated from the texts. */
  public static Usage estimated(long promptTokens, long completionTokens) {
    return new Usage(promptTokens, completionTokens, 1, 1);
  }

  public Usage plus(Usage other) {
    return new Usage(promptTokens + other.promptTokens, completionTokens + other.completionTokens,
        calls + other.calls, estimatedCalls + other.estimatedCalls);
  }

  public long totalTokens() {
    return promptTokens + completionTokens;
  }

  /** Whether no reply was counted (a judge that does not bill tokens, or every call failed). */
  public boolean none() {
    return calls == 0;
  }
}
