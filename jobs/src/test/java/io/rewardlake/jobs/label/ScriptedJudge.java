package io.rewardlake.jobs.label;

import io.rewardlake.testkit.LoopbackOpenAiServer;
import io.rewardlake.testkit.LoopbackOpenAiServer.Reply;
import io.rewardlake.testkit.LoopbackOpenAiServer.Request;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests' fake LLM behind {@link LoopbackOpenAiServer}: a judge whose answers are known exactly. A response's
 * quality is written in its text as {@code [[q=0.8]]}; the judge prefers the first response shown with
 * P("1") = σ(logit(q1 / (q1 + q2)) + bias) (a position bias the two orders must cancel), drops the bias once a
 * rationale has been given, and scores a single response 1-10 around 1 + 9q. Failures are scripted in the pair's
 * context: {@code FAULT=429x2} (two 429s with Retry-After: 0, then answers), {@code FAULT=500x99}, {@code
 * FAULT=timeoutx1} (one reply slower than the client's timeout), {@code FAULT=malformed}, {@code FAULT=nologprobs}.
 * Counted per prompt, so each of a pair's requests sees its own script.
 */
final class ScriptedJudge implements LoopbackOpenAiServer.Responder {
  static final double BIAS = Math.log(2);
  private static final Pattern QUALITY = Pattern.compile("\\[\\[q=([0-9.]+)]]");
  private static final Pattern FAULT = Pattern.compile("FAULT=(429|500|timeout|malformed|nologprobs)(?:x(\\d+))?");

  private final String expectedKey;
  private final long slowMs;
  private final long latencyMs;
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  final List<Request> received = new CopyOnWriteArrayList<>();

  /** {@code slowMs}: how long a scripted timeout takes to reply (longer than the client's timeout). */
  ScriptedJudge(String expectedKey, long slowMs) {
    this(expectedKey, slowMs, 0);
  }

  /** {@code latencyMs}: how long every answer takes. */
  ScriptedJudge(String expectedKey, long slowMs, long latencyMs) {
    this.expectedKey = expectedKey;
    this.slowMs = slowMs;
    this.latencyMs = latencyMs;
  }

  @Override
  public Reply reply(Request request) {
    received.add(request);
    if (expectedKey != null && !("Bearer " + expectedKey).equals(request.authorization())) {
      return Reply.error(401, "invalid api key: " + request.authorization());
    }
    int attempt = attempts.computeIfAbsent(request.prompt(), prompt -> new AtomicInteger()).incrementAndGet();
    Reply fault = fault(request, attempt);
    return fault != null ? fault : answer(request).after(latencyMs);
  }

  private Reply fault(Request request, int attempt) {
    Matcher matcher = FAULT.matcher(request.prompt());
    if (!matcher.find()) {
      return null;
    }
    int times = matcher.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(matcher.group(2));
    if (attempt > times) {
      return null;
    }
    return switch (matcher.group(1)) {
      case "429" -> Reply.error(429, "slow down").withHeader("Retry-After", "0");
      case "500" -> Reply.error(500, "internal error");
      case "timeout" -> answer(request).after(slowMs);
      case "malformed" -> Reply.ok("{\"choices\": [ this is not json");
      default -> Reply.ok(LoopbackOpenAiServer.textReply(request.chat(), "1"));
    };
  }

  private Reply answer(Request request) {
    if (request.maxTokens() > 1) {
      return Reply.ok(LoopbackOpenAiServer.textReply(request.chat(), rationale(request.prompt())));
    }
    if (request.prompt().contains("<<<RESPONSE\n")) {
      return Reply.ok(LoopbackOpenAiServer.logprobsReply(request.chat(), scores(quality(request.prompt(), "RESPONSE"))));
    }
    boolean reasoned = request.prompt().contains("<<<RATIONALE\n");
    double p = preferFirst(quality(request.prompt(), "RESPONSE 1"), quality(request.prompt(), "RESPONSE 2"),
        reasoned ? 0 : BIAS);
    Map<String, Double> alternatives = new LinkedHashMap<>();
    String spelling = request.chat() ? "" : " ";
    alternatives.put(spelling + (p >= 0.5 ? "1" : "2"), Math.log(p >= 0.5 ? p : 1 - p) - 0.01);
    alternatives.put(spelling + (p >= 0.5 ? "2" : "1"), Math.log(p >= 0.5 ? 1 - p : p) - 0.01);
    alternatives.put(" The", Math.log(0.0099));
    return Reply.ok(LoopbackOpenAiServer.logprobsReply(request.chat(), alternatives));
  }

  /** The judge's P(first shown better). */
  static double preferFirst(double q1, double q2, double bias) {
    double share = q1 / (q1 + q2);
    return 1 / (1 + Math.exp(-(Math.log(share / (1 - share)) + bias)));
  }

  /** The 1-10 score distribution for quality q: P(s) ∝ exp(−(s − (1 + 9q))²/2). */
  static Map<String, Double> scores(double q) {
    double[] weights = new double[10];
    double sum = 0;
    for (int s = 1; s <= 10; s++) {
      weights[s - 1] = Math.exp(-Math.pow(s - (1 + 9 * q), 2) / 2);
      sum += weights[s - 1];
    }
    Map<String, Double> alternatives = new LinkedHashMap<>();
    for (int s = 1; s <= 10; s++) {
      alternatives.put(Integer.toString(s), Math.log(0.98 * weights[s - 1] / sum));
    }
    alternatives.put(" The", Math.log(0.02));
    return alternatives;
  }

  static String rationale(String prompt) {
    return "Response 1 has quality " + quality(prompt, "RESPONSE 1") + " and response 2 has "
        + quality(prompt, "RESPONSE 2") + ".";
  }

  /** The quality tag inside the block {@code <<<NAME ... NAME>>>}. */
  static double quality(String prompt, String block) {
    int start = prompt.lastIndexOf("<<<" + block + "\n");
    int end = prompt.indexOf(block + ">>>", start + 1);
    Matcher matcher = QUALITY.matcher(prompt.substring(start, end));
    if (!matcher.find()) {
      return 0.5; // an untagged response, as in the preflight's probe: middling
    }
    return Double.parseDouble(matcher.group(1));
  }

  /** Requests received whose prompt contains {@code text}. */
  long requestsContaining(String text) {
    return received.stream().filter(request -> request.prompt().contains(text)).count();
  }
}
