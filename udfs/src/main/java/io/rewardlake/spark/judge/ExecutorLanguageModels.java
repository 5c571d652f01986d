package io.rewardlake.spark.judge;

import io.rewardlake.core.judge.http.ApiKey;
import io.rewardlake.core.judge.http.HttpJudgeSettings;
import io.rewardlake.core.judge.http.OpenAiLanguageModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Language-model clients in this JVM, one per endpoint settings and key: every task of an executor shares one client
 * and so one concurrency gate, which is what makes {@code judge.concurrency} a per-executor bound. Closed when the
 * JVM exits.
 */
public final class ExecutorLanguageModels {
  private static final Map<List<Object>, OpenAiLanguageModel> CLIENTS = new HashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ExecutorLanguageModels::closeAll, "rewardlake-close-judges"));
  }

  private ExecutorLanguageModels() {}

  public static OpenAiLanguageModel openAi(HttpJudgeSettings settings, ApiKey apiKey) {
    synchronized (CLIENTS) {
      return CLIENTS.computeIfAbsent(List.of(settings, apiKey), key -> new OpenAiLanguageModel(settings, apiKey));
    }
  }

  private static void closeAll() {
    synchronized (CLIENTS) {
      CLIENTS.values().forEach(OpenAiLanguageModel::close);
      CLIENTS.clear();
    }
  }
}
