package io.rewardlake.spark.judge;

import io.rewardlake.core.judge.ContentKey;
import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.core.judge.LanguageModelJudge;
import io.rewardlake.core.judge.PairJudge;
import io.rewardlake.core.judge.http.ApiKey;
import io.rewardlake.core.judge.http.CachingLanguageModel;
import io.rewardlake.core.judge.http.ReplyCache;
import io.rewardlake.core.judge.http.HttpJudgeSettings;
import java.util.Objects;
import org.apache.spark.broadcast.Broadcast;

/**
 * An OpenAI-compatible endpoint as the judge. The API key reaches executors as a broadcast (not in the task closure,
 * not in Spark's configuration, so not on the Spark UI); the client with its concurrency gate is one per executor JVM
 * ({@link ExecutorLanguageModels}).
 */
public final class HttpJudgeFactory implements JudgeFactory {
  private static final long serialVersionUID = 1L;

  private final HttpJudgeSettings settings;
  private final Broadcast<ApiKey> apiKey;
  private final JudgeTemplate template;
  private final JudgeMode mode;
  private final int rationaleTokens;

  public HttpJudgeFactory(HttpJudgeSettings settings, Broadcast<ApiKey> apiKey, JudgeTemplate template,
      JudgeMode mode, int rationaleTokens) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.template = Objects.requireNonNull(template, "template");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.rationaleTokens = rationaleTokens;
  }

  @Override
  public PairJudge judge() {
    return new LanguageModelJudge(ExecutorLanguageModels.openAi(settings, apiKey.value()), template, mode,
        rationaleTokens);
  }

  @Override
  public PairJudge judge(ReplyCache cache) {
    return new LanguageModelJudge(ExecutorLanguageModels.openAi(settings, apiKey.value()), template, mode,
        rationaleTokens, (model, pair) -> new CachingLanguageModel(model, settings, cache, ContentKey.of(pair)));
  }

  @Override
  public int batchSize() {
    return 1;
  }

  /**
   * Enough pairs per task to fill the executor's request slots on its own: a pair has {@code requestsPerPair}
   * independent calls at most, so {@code concurrency} pairs keep {@code concurrency} requests busy even when the
   * other tasks of the JVM are idle.
   */
  @Override
  public int window() {
    return settings.concurrency();
  }
}
