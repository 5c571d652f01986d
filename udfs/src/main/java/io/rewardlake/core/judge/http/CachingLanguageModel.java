package io.rewardlake.core.judge.http;

import io.rewardlake.core.judge.Answer;
import io.rewardlake.core.judge.LanguageModel;
import io.rewardlake.core.judge.Usage;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An OpenAI-compatible judge behind a request cache, for one pair: a request whose key ({@link RequestKey}) has a
 * reply is answered from it without a call (usage {@link Usage#CACHED}, 0 attempts); any other is sent and its reply
 * remembered under the pair's content key. Only successful replies are kept: a failure is retried by the next run.
 */
public final class CachingLanguageModel implements LanguageModel {
  private final LanguageModel model;
  private final HttpJudgeSettings settings;
  private final ReplyCache cache;
  private final String contentKey;

  public CachingLanguageModel(LanguageModel model, HttpJudgeSettings settings, ReplyCache cache, String contentKey) {
    this.model = Objects.requireNonNull(model, "model");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.contentKey = Objects.requireNonNull(contentKey, "contentKey");
  }

  @Override
  public String id() {
    return model.id();
  }

  @Override
  public CompletableFuture<Answer<Map<String, Double>>> answerLogprobs(String prompt) {
    String key = RequestKey.of(settings, OpenAiProtocol.labelRequest(settings.endpoint(), settings.model(), prompt,
        settings.topLogprobs()));
    CachedReply cached = cache.lookup(key);
    if (cached != null && cached.logprobs() != null) {
      return CompletableFuture.completedFuture(new Answer<>(cached.logprobs(), 0, Usage.CACHED));
    }
    return model.answerLogprobs(prompt).thenApply(answer -> {
      cache.remember(new CachedReply(key, contentKey, model.id(), answer.value(), null, answer.usage().promptTokens(),
          answer.usage().completionTokens()));
      return answer;
    });
  }

  @Override
  public CompletableFuture<Answer<String>> generate(String prompt, int maxTokens) {
    String key = RequestKey.of(settings, OpenAiProtocol.generationRequest(settings.endpoint(), settings.model(),
        prompt, maxTokens));
    CachedReply cached = cache.lookup(key);
    if (cached != null && cached.text() != null) {
      return CompletableFuture.completedFuture(new Answer<>(cached.text(), 0, Usage.CACHED));
    }
    return model.generate(prompt, maxTokens).thenApply(answer -> {
      cache.remember(new CachedReply(key, contentKey, model.id(), null, answer.value(), answer.usage().promptTokens(),
          answer.usage().completionTokens()));
      return answer;
    });
  }
}
