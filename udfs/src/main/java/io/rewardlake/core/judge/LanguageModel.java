package io.rewardlake.core.judge;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A language model as an RLAIF judge needs it: the top log-probabilities of the first token it would generate after
 * a prompt (the answer position), and a free generation (chain-of-thought rationales). Backends: the OpenAI-compatible
 * HTTP client ({@link io.rewardlake.core.judge.http.OpenAiLanguageModel}); a DJL causal LM plugs in here too.
 *
 * <p>Calls are asynchronous so one thread can keep many requests in flight. A future fails only with
 * {@link JudgeCallException}; retries, if any, happen inside and are counted in {@link Answer#attempts()}.
 *
 * <pre>{@code
 * model.answerLogprobs(prompt).thenApply(answer -> LabelLogprobs.preferFirst(answer.value()));
 * }</pre>
 */
public interface LanguageModel {
  /** Backend and model, e.g. {@code openai-chat:llama-3-8b}; recorded as {@code ai_labels.judge_id}. */
  String id();

  /** Token → log-probability of the alternatives for the first generated token. */
  CompletableFuture<Answer<Map<String, Double>>> answerLogprobs(String prompt);

  /** The text generated after {@code prompt}, greedy, at most {@code maxTokens} tokens. */
  CompletableFuture<Answer<String>> generate(String prompt, int maxTokens);
}
