package io.rewardlake.core.judge.http;

import io.rewardlake.core.judge.Answer;
import io.rewardlake.core.judge.JudgeCallException;
import io.rewardlake.core.judge.JudgeStatus;
import io.rewardlake.core.judge.LanguageModel;
import io.rewardlake.core.judge.MalformedLogprobsException;
import io.rewardlake.core.judge.TokenEstimate;
import io.rewardlake.core.judge.Usage;
import io.rewardlake.core.text.Excerpts;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * An OpenAI-compatible endpoint as a {@link LanguageModel}, on the JDK's asynchronous HTTP client. One instance per
 * executor JVM serves all its tasks: requests pass a shared {@link RequestGate} (concurrency and rate), failed ones
 * are retried per {@link RetryPolicy}, and a call fails only with a {@link JudgeCallException} whose message names
 * the status, the attempts and an excerpt of the last reply, with the API key scrubbed out.
 */
public final class OpenAiLanguageModel implements LanguageModel, AutoCloseable {
  private static final int ERROR_EXCERPT = 300;

  private final HttpJudgeSettings settings;
  private final ApiKey apiKey;
  private final RetryPolicy retry;
  private final HttpClient client;
  private final ScheduledExecutorService scheduler;
  private final RequestGate gate;

  public OpenAiLanguageModel(HttpJudgeSettings settings, ApiKey apiKey) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.retry = settings.retryPolicy();
    // HTTP/1.1: h2c upgrade headers on plain http confuse some inference servers, and each in-flight request gets
    // its own pooled keep-alive connection anyway.
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofMillis(settings.timeoutMs())).build();
    this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "rewardlake-judge-retries");
      thread.setDaemon(true);
      return thread;
    });
    this.gate = new RequestGate(settings.concurrency(), settings.requestsPerSecond(), scheduler);
  }

  @Override
  public String id() {
    return settings.judgeId();
  }

  @Override
  public CompletableFuture<Answer<Map<String, Double>>> answerLogprobs(String prompt) {
    return call(OpenAiProtocol.labelRequest(settings.endpoint(), settings.model(), prompt, settings.topLogprobs()),
        OpenAiProtocol::answerLogprobs, prompt, labels -> 1L);
  }

  @Override
  public CompletableFuture<Answer<String>> generate(String prompt, int maxTokens) {
    return call(OpenAiProtocol.generationRequest(settings.endpoint(), settings.model(), prompt, maxTokens),
        OpenAiProtocol::generatedText, prompt, TokenEstimate::of);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  /**
   * Sends {@code body} (retrying per the policy) and parses the reply; the answer's usage is the reply's, or, when it
   * has none, the prompt's estimate and {@code completionTokens} of the parsed value.
   */
  private <T> CompletableFuture<Answer<T>> call(String body, Function<String, T> parse, String prompt,
      ToLongFunction<T> completionTokens) {
    CompletableFuture<Answer<T>> result = new CompletableFuture<>();
    Function<String, Billed<T>> billed = reply -> {
      T value = parse.apply(reply);
      Usage usage = OpenAiProtocol.usage(reply);
      return new Billed<>(value, usage != null ? usage
          : Usage.estimated(TokenEstimate.of(prompt), completionTokens.applyAsLong(value)));
    };
    attempt(1, request(body), billed, result);
    return result;
  }

  /** A parsed reply and the tokens it was billed. */
  private record Billed<T>(T value, Usage usage) {}

  private HttpRequest request(String body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(settings.uri())
        .timeout(Duration.ofMillis(settings.timeoutMs()))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (apiKey.present()) {
      builder.header("Authorization", apiKey.bearer());
    }
    return builder.build();
  }

  private <T> void attempt(int attempt, HttpRequest request, Function<String, Billed<T>> parse,
      CompletableFuture<Answer<T>> result) {
    gate.submit(() -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
        .whenComplete((response, error) -> {
          if (error != null) {
            failedToSend(attempt, request, parse, result, unwrap(error));
          } else {
            replied(attempt, request, parse, result, response);
          }
        });
  }

  private <T> void replied(int attempt, HttpRequest request, Function<String, Billed<T>> parse,
      CompletableFuture<Answer<T>> result, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      try {
        Billed<T> reply = parse.apply(response.body());
        result.complete(new Answer<>(reply.value(), attempt, reply.usage()));
      } catch (MalformedLogprobsException e) {
        String problem = e.getMessage() + "; reply: " + excerpt(response.body());
        if (e.incompleteBody()) {
          retryOrFail(attempt, request, parse, result, JudgeStatus.MALFORMED, problem, null);
        } else {
          fail(result, JudgeStatus.MALFORMED, problem, attempt);
        }
      }
      return;
    }
    String problem = "HTTP " + status + " from " + settings.displayUri() + ": " + excerpt(response.body());
    if (!retry.retryableStatus(status)) {
      fail(result, JudgeStatus.REJECTED, problem + hint(status), attempt);
      return;
    }
    Long retryAfter = RetryPolicy.retryAfterMs(response.headers().firstValue("Retry-After").orElse(null),
        Instant.now());
    retryOrFail(attempt, request, parse, result, JudgeStatus.HTTP_ERROR, problem, retryAfter);
  }

  private <T> void failedToSend(int attempt, HttpRequest request, Function<String, Billed<T>> parse,
      CompletableFuture<Answer<T>> result, Throwable error) {
    if (error instanceof HttpTimeoutException) {
      retryOrFail(attempt, request, parse, result, JudgeStatus.TIMEOUT,
          "no reply from " + settings.displayUri() + " within " + settings.timeoutMs() + " ms", null);
    } else if (error instanceof IOException) {
      retryOrFail(attempt, request, parse, result, JudgeStatus.CONNECTION_ERROR,
          "cannot reach " + settings.displayUri() + ": " + error, null);
    } else {
      fail(result, JudgeStatus.JUDGE_ERROR, "request to " + settings.displayUri() + " failed: " + error, attempt);
    }
  }

  private <T> void retryOrFail(int attempt, HttpRequest request, Function<String, Billed<T>> parse,
      CompletableFuture<Answer<T>> result, JudgeStatus status, String problem, Long retryAfterMs) {
    if (!retry.mayRetryAfter(attempt) || scheduler.isShutdown()) {
      fail(result, status, problem, attempt);
      return;
    }
    long delay = retry.delayMs(attempt, retryAfterMs, ThreadLocalRandom.current());
    scheduler.schedule(() -> attempt(attempt + 1, request, parse, result), delay, TimeUnit.MILLISECONDS);
  }

  private <T> void fail(CompletableFuture<Answer<T>> result, JudgeStatus status, String problem, int attempts) {
    String message = apiKey.redact(problem + " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)"));
    result.completeExceptionally(new JudgeCallException(status, message, attempts));
  }

  private String excerpt(String body) {
    return apiKey.redact(Excerpts.of(body == null ? "" : body, ERROR_EXCERPT));
  }

  private static String hint(int status) {
    return switch (status) {
      case 401, 403 -> " (check the API key the judge reads: judge.api_key_env or judge.api_key_file)";
      case 404 -> " (check judge.base_url, which ends in /v1, judge.endpoint and judge.model)";
      default -> "";
    };
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }
}
