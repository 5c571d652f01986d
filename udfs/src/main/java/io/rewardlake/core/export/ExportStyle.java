package io.rewardlake.core.export;

import io.rewardlake.core.util.Ids;
import java.util.List;

/**
 * How the trainer formats write prompts and responses. {@link #TEXT}: strings in the Anthropic transcript layout
 * ({@code "\n\nHuman: ...\n\nAssistant: ..."}), which is how HH-RLHF, the lake's usual source, was written and what a
 * tokenizer without a chat template reads. {@link #CONVERSATIONAL}: lists of {@code {role, content}} messages, which
 * TRL and OpenRLHF ({@code --apply_chat_template}) render with the model's chat template.
 */
public enum ExportStyle {
  TEXT("text"),
  CONVERSATIONAL("conversational");

  private final String id;

  ExportStyle(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static List<String> ids() {
    return Ids.of(values(), ExportStyle::id);
  }

  public static ExportStyle of(String id) {
    return Ids.parse(values(), ExportStyle::id, id, "export style");
  }
}
