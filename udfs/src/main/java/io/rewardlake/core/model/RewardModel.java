package io.rewardlake.core.model;

import java.util.List;

/**
 * A reward model r(x, y): scores a batch of (prompt, response) inputs. Implementations are loaded once per executor
 * JVM and shared by its tasks, so {@link #score} must be safe to call from several threads; a single input is a batch
 * of one.
 *
 * <pre>{@code
 * try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(Path.of(dir)))) {
 *   float[] rewards = ensemble.member(0).score(List.of(new PromptResponse(prompt, response)));
 * }
 * }</pre>
 */
public interface RewardModel extends AutoCloseable {
  /** What the model is and how it was trained, as stored beside it. */
  ModelMetadata metadata();

  /** One reward per input, in input order. */
  float[] score(List<PromptResponse> batch);

  /** Releases native resources; the built-in family holds none. */
  @Override
  default void close() {}
}
