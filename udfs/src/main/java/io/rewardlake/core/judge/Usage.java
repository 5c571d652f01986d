package io.rewardlake.core.judge;

import java.io.Serializable;

/**
 * Tokens a judge's calls consumed, as the endpoint bills them: from the reply's {@code usage} when it has one, else
 * estimated from the request ({@link TokenEstimate}); {@code estimatedCalls} says how many calls had to be estimated.
 * Only calls that returned a reply count; a refused or failed call is not billed by OpenAI-compatible servers.
 *
 * @param calls replies counted
 * @param cachedCalls requests answered from the request cache: not sent, not billed again
 */
public record Usage(long promptTokens, long completionTokens, int calls, int estimatedCalls, int cachedCalls)
    implements Serializable {
  public static final Usage NONE = new Usage(0, 0, 0, 0, 0);
  /** One request answered from the cache. */
  public static final Usage CACHED = new Usage(0, 0, 0, 0, 1);

  public Usage {
    if (promptTokens < 0 || completionTokens < 0 || calls < 0 || estimatedCalls < 0 || estimatedCalls > calls
        || cachedCalls < 0) {
      throw new IllegalArgumentException("usage counts are non-negative and estimated calls at most calls, got "
          + promptTokens + ", " + completionTokens + ", " + calls + ", " + estimatedCalls + ", " + cachedCalls);
    }
  }

  public Usage(long promptTokens, long completionTokens, int calls, int estimatedCalls) {
    this(promptTokens, completionTokens, calls, estimatedCalls, 0);
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
        calls + other.calls, estimatedCalls + other.estimatedCalls, cachedCalls + other.cachedCalls);
  }

  public long totalTokens() {
    return promptTokens + completionTokens;
  }

  /** Whether no reply was counted (a judge that does not bill tokens, or every call failed) or reused. */
  public boolean none() {
    return calls == 0 && cachedCalls == 0;
  }
}
