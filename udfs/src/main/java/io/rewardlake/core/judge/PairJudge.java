package io.rewardlake.core.judge;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Judges pairs into {@link JudgeOutcome}s. Implementations: {@link LanguageModelJudge} (an LLM through any
 * {@link LanguageModel} backend, with a prompt template) and {@link EnsembleJudge} (the built-in reward-model
 * ensemble, offline). Shared by the tasks of an executor, so safe to call from several threads.
 *
 * <p>The futures never fail: every failure ends as an outcome with a status, so every pair yields exactly one row.
 *
 * <pre>{@code
 * PairJudge judge = new LanguageModelJudge(model, template, JudgeMode.PAIRWISE, 256);
 * JudgeOutcome outcome = judge.judge(new JudgeItem("p1", prompt, chosen, rejected)).join();
 * }</pre>
 */
public interface PairJudge {
  /** Recorded as {@code ai_labels.judge_id}. */
  String id();

  /** Recorded as {@code ai_labels.template_id}. */
  String templateId();

  JudgeMode mode();

  CompletableFuture<JudgeOutcome> judge(JudgeItem item);

  /** Judges a batch; a judge that works better on batches overrides this. */
  default List<CompletableFuture<JudgeOutcome>> judgeAll(List<JudgeItem> items) {
    return items.stream().map(this::judge).toList();
  }
}
