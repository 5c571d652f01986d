package io.rewardlake.core.judge.http;

import io.rewardlake.core.util.Ids;
import java.util.List;

/** The two OpenAI-compatible endpoints a judge can use, relative to the base URL (which ends in {@code /v1}). */
public enum OpenAiEndpoint {
  /** {@code /completions}: raw prompt; {@code logprobs: k} returns the top-k alternatives per token. */
  COMPLETIONS("completions", "/completions"),
  /** {@code /chat/completions}: the prompt as one user message; {@code logprobs: true, top_logprobs: k}. */
  CHAT("chat", "/chat/completions");

  private final String id;
  private final String path;

  OpenAiEndpoint(String id, String path) {
    this.id = id;
    this.path = path;
  }

  public String id() {
    return id;
  }

  public String path() {
    return path;
  }

  public static List<String> ids() {
    return Ids.of(values(), OpenAiEndpoint::id);
  }

  public static OpenAiEndpoint of(String id) {
    return Ids.parse(values(), OpenAiEndpoint::id, id, "endpoint");
  }
}
