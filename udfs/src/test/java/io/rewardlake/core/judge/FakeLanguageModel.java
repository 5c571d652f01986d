package io.rewardlake.core.judge;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A language model answering from functions of the prompt, recording every call. */
class FakeLanguageModel implements LanguageModel {
  final List<String> prompts = new CopyOnWriteArrayList<>();
  private final Function<String, Map<String, Double>> labels;
  private final Function<String, String> generations;
  private final int attemptsPerCall;

  FakeLanguageModel(Function<String, Map<String, Double>> labels, Function<String, String> generations,
      int attemptsPerCall) {
    this.labels = labels;
    this.generations = generations;
    this.attemptsPerCall = attemptsPerCall;
  }

  @Override
  public String id() {
    return "fake:model";
  }

  @Override
  public CompletableFuture<Answer<Map<String, Double>>> answerLogprobs(String prompt) {
    prompts.add(prompt);
    return CompletableFuture.supplyAsync(() -> new Answer<>(labels.apply(prompt), attemptsPerCall));
  }

  @Override
  public CompletableFuture<Answer<String>> generate(String prompt, int maxTokens) {
    prompts.add(prompt);
    return CompletableFuture.supplyAsync(() -> new Answer<>(generations.apply(prompt), attemptsPerCall));
  }
}
