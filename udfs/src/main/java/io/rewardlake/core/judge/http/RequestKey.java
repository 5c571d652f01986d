package io.rewardlake.core.judge.http;

import io.rewardlake.core.judge.ContentKey;

/**
 * What makes two requests the same: the endpoint (without credentials or query), the model and the exact request
 * body. Their SHA-256 is the request cache's key; greedy decoding ({@code temperature 0}) makes the reply a function
 * of it, which is what makes reusing it sound.
 */
public final class RequestKey {
  private RequestKey() {}

  public static String of(HttpJudgeSettings settings, String body) {
    return ContentKey.sha256(settings.displayUri() + "\n" + settings.model() + "\n" + body);
  }
}
