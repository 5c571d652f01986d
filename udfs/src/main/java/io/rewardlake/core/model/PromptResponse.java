package io.rewardlake.core.model;

import java.util.Objects;

/** One input of a reward model: the conversation so far and the response to score. */
public record PromptResponse(String prompt, String response) {
  public PromptResponse {
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(response, "response");
  }
}
