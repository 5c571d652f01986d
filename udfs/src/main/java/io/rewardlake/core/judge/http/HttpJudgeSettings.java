package io.rewardlake.core.judge.http;

import java.io.Serializable;
import java.net.URI;
import java.util.Objects;

/**
 * Where and how an executor calls an OpenAI-compatible judge. Serializable (it travels to executors) and free of
 * secrets: the API key travels separately as an {@link ApiKey}.
 *
 * @param baseUrl up to and including {@code /v1}, e.g. {@code http://vllm:8000/v1}
 * @param concurrency requests in flight per executor JVM
 * @param requestsPerSecond request starts per second per executor JVM; 0 = no limit
 * @param timeoutMs per request, from send to the reply's headers
 * @param maxAttempts calls per request, retries included
 * @param backoffMs first retry's backoff ceiling; doubles per attempt up to {@code maxBackoffMs}
 * @param topLogprobs alternatives asked for at the answer position (OpenAI allows up to 20)
 */
public record HttpJudgeSettings(String baseUrl, String model, OpenAiEndpoint endpoint, int concurrency,
    double requestsPerSecond, long timeoutMs, int maxAttempts, long backoffMs, long maxBackoffMs, int topLogprobs)
    implements Serializable {

  public HttpJudgeSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(endpoint, "endpoint");
    URI uri = URI.create(baseUrl);
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("judge base URL must be http(s)://..., got '" + baseUrl + "'");
    }
    if (concurrency < 1 || timeoutMs < 1 || topLogprobs < 1) {
      throw new IllegalArgumentException("concurrency, timeout and top logprobs must be positive");
    }
    new RetryPolicy(maxAttempts, backoffMs, maxBackoffMs);
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts, backoffMs, maxBackoffMs);
  }

  /** The endpoint's full URL. */
  public URI uri() {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return URI.create(base + endpoint.path());
  }

  /** The URL as it may appear in messages: without user info (which can hold credentials) or query. */
  public String displayUri() {
    URI uri = uri();
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getPath();
  }

  /** {@code openai-completions:MODEL} or {@code openai-chat:MODEL}. */
  public String judgeId() {
    return "openai-" + endpoint.id() + ":" + model;
  }
}
