package io.rewardlake.core.judge.http;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * A judge reply kept so the same request is never paid for twice: the label log-probabilities of a label request or
 * the text of a generation, with the tokens it was billed. Filed under its request's key ({@link RequestKey}) and the
 * pair's content key.
 *
 * @param logprobs null for a generation
 * @param text null for a label request
 */
public record CachedReply(String requestKey, String contentKey, String judgeId, Map<String, Double> logprobs,
    String text, long promptTokens, long completionTokens) implements Serializable {
  public CachedReply {
    Objects.requireNonNull(requestKey, "requestKey");
    if ((logprobs == null) == (text == null)) {
      throw new IllegalArgumentException("a cached reply holds either log-probabilities or a text");
    }
    logprobs = logprobs == null ? null : Map.copyOf(logprobs);
  }
}
