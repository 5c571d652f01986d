package io.rewardlake.core.judge;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * An LLM as the judge, RLAIF-style, over any {@link LanguageModel} backend. Every mode costs a fixed number of calls
 * per pair ({@link JudgeMode#requestsPerPair()}), issued concurrently where they do not depend on each other:
 * <ul>
 *   <li>pairwise: the label log-probabilities in order (A, B) and in order (B, A), averaged into P(A better);
 *   <li>cot: per order, a generated rationale, then the label log-probabilities after it; both rationales are kept;
 *   <li>direct: a 1–10 score for A and one for B.
 * </ul>
 * A pair's outcome waits for all its calls, so its attempt count includes the retries of every call.
 */
public final class LanguageModelJudge implements PairJudge {
  private final LanguageModel model;
  private final JudgeTemplate template;
  private final JudgeMode mode;
  private final int rationaleTokens;
  private final BiFunction<LanguageModel, JudgeItem, LanguageModel> perPair;

  public LanguageModelJudge(LanguageModel model, JudgeTemplate template, JudgeMode mode, int rationaleTokens) {
    this(model, template, mode, rationaleTokens, (shared, item) -> shared);
  }

  /**
   * A judge whose calls for a pair go through {@code perPair.apply(model, pair)}: a wrapper that knows the pair,
   * such as the request cache, which files each reply under the pair's content.
   */
  public LanguageModelJudge(LanguageModel model, JudgeTemplate template, JudgeMode mode, int rationaleTokens,
      BiFunction<LanguageModel, JudgeItem, LanguageModel> perPair) {
    this.perPair = Objects.requireNonNull(perPair, "perPair");
    this.model = Objects.requireNonNull(model, "model");
    this.template = Objects.requireNonNull(template, "template");
    this.mode = Objects.requireNonNull(mode, "mode");
    if (rationaleTokens < 1) {
      throw new IllegalArgumentException("rationale tokens must be at least 1, got " + rationaleTokens);
    }
    this.rationaleTokens = rationaleTokens;
  }

  @Override
  public String id() {
    return model.id();
  }

  @Override
  public String templateId() {
    return template.templateId();
  }

  @Override
  public JudgeMode mode() {
    return mode;
  }

  @Override
  public CompletableFuture<JudgeOutcome> judge(JudgeItem item) {
    long start = System.nanoTime();
    LanguageModel calls = perPair.apply(model, item);
    return switch (mode) {
      case PAIRWISE -> both(labels(calls, template.pairwise(item.context(), item.a(), item.b())),
          labels(calls, template.pairwise(item.context(), item.b(), item.a())))
          .thenApply(settled -> pairwise(item, settled, null, start));
      case COT -> both(reasoned(calls, item.context(), item.a(), item.b()),
          reasoned(calls, item.context(), item.b(), item.a()))
          .thenApply(settled -> pairwise(item, settled, rationales(settled), start));
      case DIRECT -> both(labels(calls, template.direct(item.context(), item.a())),
          labels(calls, template.direct(item.context(), item.b())))
          .thenApply(settled -> direct(item, settled, start));
    };
  }

  /** A rationale paired with the label log-probabilities read after it. */
  private record Reasoned(String rationale, Map<String, Double> labels) {}

  private static CompletableFuture<Settled<Map<String, Double>>> labels(LanguageModel calls, String prompt) {
    return Settled.of(calls.answerLogprobs(prompt));
  }

  private CompletableFuture<Settled<Reasoned>> reasoned(LanguageModel calls, String context, String first,
      String second) {
    return Settled.of(calls.generate(template.rationaleRequest(context, first, second), rationaleTokens))
        .thenCompose(rationale -> rationale.then(text -> calls.answerLogprobs(
                template.pairwiseAfterRationale(context, first, second, text.strip()))
            .thenApply(answer -> new Answer<>(new Reasoned(text.strip(), answer.value()), answer.attempts(),
                answer.usage()))));
  }

  private static <T> CompletableFuture<List<Settled<T>>> both(CompletableFuture<Settled<T>> first,
      CompletableFuture<Settled<T>> second) {
    return first.thenCombine(second, List::of);
  }

  private JudgeOutcome pairwise(JudgeItem item, List<? extends Settled<?>> calls, String rationale, long start) {
    int attempts = attempts(calls);
    Usage usage = usage(calls);
    JudgeOutcome failure = firstFailure(item, calls, attempts, usage, start);
    if (failure != null) {
      return failure;
    }
    try {
      double pAb = LabelLogprobs.preferFirst(labelsOf(calls.get(0).value()));
      double pBa = LabelLogprobs.preferFirst(labelsOf(calls.get(1).value()));
      return JudgeOutcome.judged(item.pairId(), PairwiseVerdict.of(pAb, pBa), rationale, attempts, millisSince(start),
          usage);
    } catch (MalformedLogprobsException e) {
      return JudgeOutcome.failed(item.pairId(), JudgeStatus.MALFORMED, e.getMessage(), attempts, millisSince(start),
          usage);
    }
  }

  private JudgeOutcome direct(JudgeItem item, List<Settled<Map<String, Double>>> calls, long start) {
    int attempts = attempts(calls);
    Usage usage = usage(calls);
    JudgeOutcome failure = firstFailure(item, calls, attempts, usage, start);
    if (failure != null) {
      return failure;
    }
    try {
      return JudgeOutcome.scored(item.pairId(), DirectScore.of(calls.get(0).value()),
          DirectScore.of(calls.get(1).value()), attempts, millisSince(start), usage);
    } catch (MalformedLogprobsException e) {
      return JudgeOutcome.failed(item.pairId(), JudgeStatus.MALFORMED, e.getMessage(), attempts, millisSince(start),
          usage);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Double> labelsOf(Object value) {
    return value instanceof Reasoned reasoned ? reasoned.labels() : (Map<String, Double>) value;
  }

  private static String rationales(List<Settled<Reasoned>> calls) {
    if (!calls.get(0).ok() || !calls.get(1).ok()) {
      return null;
    }
    return "[A shown first] " + calls.get(0).value().rationale() + "\n[B shown first] "
        + calls.get(1).value().rationale();
  }

  private static JudgeOutcome firstFailure(JudgeItem item, List<? extends Settled<?>> calls, int attempts,
      Usage usage, long start) {
    for (Settled<?> call : calls) {
      if (!call.ok()) {
        return JudgeOutcome.failed(item.pairId(), call.failure().status(), call.failure().getMessage(), attempts,
            millisSince(start), usage);
      }
    }
    return null;
  }

  private static int attempts(List<? extends Settled<?>> calls) {
    return calls.stream().mapToInt(Settled::attempts).sum();
  }

  private static Usage usage(List<? extends Settled<?>> calls) {
    return calls.stream().map(Settled::usage).reduce(Usage.NONE, Usage::plus);
  }

  static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
