package io.rewardlake.core.judge.http;

import io.rewardlake.core.judge.Answer;
import io.rewardlake.core.judge.DirectScore;
import io.rewardlake.core.judge.JudgeCallException;
import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.core.judge.LabelLogprobs;
import io.rewardlake.core.judge.MalformedLogprobsException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One probe request before a labelling run spends anything: the same kind of request the run sends (the template's
 * label request for a small fixed pair, one attempt, no retry), so that an endpoint that is down, a refused API key,
 * an unknown model or a server that returns no log-probabilities for the label tokens is reported in seconds with
 * what to do, instead of after every pair has been retried into a failed row.
 */
public final class JudgePreflight {
  /** The probe pair's context: how a server's log tells the probe from the run's requests. */
  public static final String CONTEXT = "What is the capital of France?";
  private static final String GOOD = "The capital of France is Paris.";
  private static final String BAD = "France has no capital.";

  private JudgePreflight() {}

  /** What the probe saw when it passed: the reply time and the label reading, for one summary line. */
  public record Passed(long millis, String reading) {}

  /** The probe failed; the message says what failed and what to do. */
  public static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed(String message) {
      super(message, null, false, false);
    }
  }

  /** Sends the probe; throws {@link Failed} naming the cause and the fix. */
  public static Passed probe(HttpJudgeSettings settings, ApiKey key, JudgeTemplate template, JudgeMode mode) {
    HttpJudgeSettings once = new HttpJudgeSettings(settings.baseUrl(), settings.model(), settings.endpoint(), 1, 0,
        settings.timeoutMs(), 1, 0, 0, settings.topLogprobs());
    long start = System.nanoTime();
    try (OpenAiLanguageModel model = new OpenAiLanguageModel(once, key)) {
      String prompt = mode == JudgeMode.DIRECT ? template.direct(CONTEXT, GOOD) : template.pairwise(CONTEXT, GOOD, BAD);
      Answer<Map<String, Double>> answer = model.answerLogprobs(prompt).get();
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Passed(millis, reading(answer.value(), mode, settings));
    } catch (ExecutionException | CompletionException e) {
      throw failed(e.getCause() == null ? e : e.getCause(), settings, key);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failed("interrupted while waiting for the judge's probe reply");
    }
  }

  private static String reading(Map<String, Double> logprobs, JudgeMode mode, HttpJudgeSettings settings) {
    try {
      if (mode == JudgeMode.DIRECT) {
        return String.format(java.util.Locale.ROOT, "expected score %.2f of 10", DirectScore.of(logprobs).expected());
      }
      return String.format(java.util.Locale.ROOT, "P(first better) %.3f", LabelLogprobs.preferFirst(logprobs));
    } catch (MalformedLogprobsException e) {
      throw new Failed("the judge's reply has no usable log-probabilities for the label tokens: " + e.getMessage()
          + ". Serve a model whose answer starts with the template's label, ask for more alternatives"
          + " (judge.top_logprobs, at most 20 on OpenAI and vLLM), or try judge.endpoint="
          + (settings.endpoint() == OpenAiEndpoint.CHAT ? "completions" : "chat") + ".");
    }
  }

  private static Failed failed(Throwable cause, HttpJudgeSettings settings, ApiKey key) {
    if (!(cause instanceof JudgeCallException call)) {
      return new Failed(key.redact("the probe request failed: " + cause));
    }
    String what = switch (call.status()) {
      case CONNECTION_ERROR -> "Start the server or fix judge.base_url (it ends in /v1).";
      case TIMEOUT -> "The server is up but slow or stuck; check it, or raise judge.timeout_ms.";
      case HTTP_ERROR -> "The server failed the request; look at its log, then run again.";
      case MALFORMED -> "The server does not return log-probabilities this way; check judge.endpoint and that the"
          + " server supports logprobs.";
      case REJECTED -> rejectedAdvice(call.getMessage());
      default -> "Check the judge.* settings.";
    };
    return new Failed(call.getMessage() + ". " + what);
  }

  private static String rejectedAdvice(String message) {
    if (message.contains("HTTP 401") || message.contains("HTTP 403")) {
      return "The API key was refused: set the variable judge.api_key_env names, or judge.api_key_file.";
    }
    if (message.contains("HTTP 404")) {
      return "Unknown model or path: judge.model must be a name the server serves (GET /v1/models lists them),"
          + " judge.base_url ends in /v1 and judge.endpoint matches the server.";
    }
    return "The server refused the request; its message above says why (often the model name or a parameter).";
  }
}
