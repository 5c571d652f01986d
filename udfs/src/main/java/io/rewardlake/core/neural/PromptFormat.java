package io.rewardlake.core.neural;

import java.io.Serializable;
import java.util.Objects;

/**
 * How a reward model wants a (prompt, response) pair written as one text, e.g.
 * {@code "\n\nHuman: {prompt}\n\nAssistant: {response}"} or a model's chat template flattened to a string. The text
 * before {@code {response}} (with the prompt in it) is the context; the response and anything after it are tokenised
 * separately, so {@link Truncation} can keep the end of each.
 */
public record PromptFormat(String template) implements Serializable {
  public static final String PROMPT = "{prompt}";
  public static final String RESPONSE = "{response}";
  public static final PromptFormat DEFAULT = new PromptFormat(PROMPT + "\n\n" + RESPONSE);

  public PromptFormat {
    Objects.requireNonNull(template, "template");
    int response = template.indexOf(RESPONSE);
    if (response < 0 || template.indexOf(RESPONSE, response + 1) >= 0) {
      throw new IllegalArgumentException("prompt_format must contain " + RESPONSE + " exactly once, got '" + template
          + "'");
    }
    int prompt = template.indexOf(PROMPT);
    if (prompt > response || (prompt >= 0 && template.indexOf(PROMPT, prompt + 1) >= 0)) {
      throw new IllegalArgumentException("prompt_format may contain " + PROMPT + " at most once, before " + RESPONSE
          + ", got '" + template + "'");
    }
  }

  /** Everything before the response, with the prompt filled in. */
  public String context(String prompt) {
    return template.substring(0, template.indexOf(RESPONSE)).replace(PROMPT, prompt);
  }

  /** The response and whatever the format puts after it. */
  public String response(String response) {
    return response + template.substring(template.indexOf(RESPONSE) + RESPONSE.length());
  }
}
