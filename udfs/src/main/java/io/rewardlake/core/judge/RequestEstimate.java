package io.rewardlake.core.judge;

import java.io.Serializable;
import java.util.Objects;

/**
 * What judging one pair will ask of an LLM judge, before asking: the requests its mode sends and their tokens by
 * {@link TokenEstimate}. Exact in requests (when nothing is retried), an estimate in tokens: a chain-of-thought
 * rationale is counted at its full length ({@code rationaleTokens}), so cot estimates are an upper bound there.
 */
public final class RequestEstimate implements Serializable {
  private static final long serialVersionUID = 1L;

  private final JudgeTemplate template;
  private final JudgeMode mode;
  private final int rationaleTokens;

  public RequestEstimate(JudgeTemplate template, JudgeMode mode, int rationaleTokens) {
    this.template = Objects.requireNonNull(template, "template");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.rationaleTokens = rationaleTokens;
  }

  /** The pair's requests and tokens, as a {@link Usage} whose calls are all estimated. */
  public Usage of(JudgeItem item) {
    return switch (mode) {
      case PAIRWISE -> label(template.pairwise(item.context(), item.a(), item.b()))
          .plus(label(template.pairwise(item.context(), item.b(), item.a())));
      case DIRECT -> label(template.direct(item.context(), item.a()))
          .plus(label(template.direct(item.context(), item.b())));
      case COT -> reasoned(item.context(), item.a(), item.b()).plus(reasoned(item.context(), item.b(), item.a()));
    };
  }

  /** A label request: the prompt, one generated token. */
  private static Usage label(String prompt) {
    return Usage.estimated(TokenEstimate.of(prompt), 1);
  }

  /** The rationale request, then the label request with the rationale (at its longest) in its prompt. */
  private Usage reasoned(String context, String first, String second) {
    Usage rationale = Usage.estimated(TokenEstimate.of(template.rationaleRequest(context, first, second)),
        rationaleTokens);
    Usage labelAfter = Usage.estimated(TokenEstimate.of(template.pairwiseAfterRationale(context, first, second, ""))
        + rationaleTokens, 1);
    return rationale.plus(labelAfter);
  }
}
