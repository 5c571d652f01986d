package io.rewardlake.core.judge.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rewardlake.core.judge.MalformedLogprobsException;
import io.rewardlake.core.judge.Usage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request bodies and reply parsing of the OpenAI-compatible API, as vLLM, TGI, llama.cpp's server and hosted APIs
 * speak it. Judging is greedy ({@code temperature 0}); the answer position is the first generated token, so label
 * requests ask for one token and its top-k alternatives.
 *
 * <p>Two reply shapes carry the alternatives: the legacy completions one ({@code logprobs.top_logprobs[0]}, an object
 * token → logprob) and the chat one ({@code logprobs.content[0].top_logprobs}, an array of {@code {token, logprob}}).
 * Some servers answer completions in the chat shape, so both are read for either endpoint.
 */
public final class OpenAiProtocol {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenAiProtocol() {}

  /** One token, greedy, with the top {@code topLogprobs} alternatives. */
  public static String labelRequest(OpenAiEndpoint endpoint, String model, String prompt, int topLogprobs) {
    ObjectNode body = base(endpoint, model, prompt, 1);
    if (endpoint == OpenAiEndpoint.COMPLETIONS) {
      body.put("logprobs", topLogprobs);
    } else {
      body.put("logprobs", true);
      body.put("top_logprobs", topLogprobs);
    }
    return body.toString();
  }

  /** Up to {@code maxTokens} tokens, greedy. */
  public static String generationRequest(OpenAiEndpoint endpoint, String model, String prompt, int maxTokens) {
    return base(endpoint, model, prompt, maxTokens).toString();
  }

  /** The first generated token's alternatives, token → logprob; {@link MalformedLogprobsException} if absent. */
  public static Map<String, Double> answerLogprobs(String reply) {
    JsonNode logprobs = firstChoice(reply).path("logprobs");
    Map<String, Double> alternatives = new LinkedHashMap<>();
    JsonNode legacy = logprobs.path("top_logprobs").path(0);
    if (legacy.isObject()) {
      legacy.fields().forEachRemaining(entry -> alternatives.put(entry.getKey(), number(entry.getValue())));
    }
    JsonNode first = logprobs.path("content").path(0);
    for (JsonNode alternative : first.path("top_logprobs")) {
      alternatives.putIfAbsent(text(alternative.path("token")), number(alternative.path("logprob")));
    }
    if (first.hasNonNull("token")) {
      alternatives.putIfAbsent(text(first.path("token")), number(first.path("logprob")));
    }
    if (alternatives.isEmpty()) {
      throw new MalformedLogprobsException("the reply has no log-probabilities for the first token (neither "
          + "choices[0].logprobs.top_logprobs[0] nor choices[0].logprobs.content[0].top_logprobs); does the server "
          + "return logprobs for this endpoint and model?");
    }
    return alternatives;
  }

  /**
   * The reply's {@code usage} ({@code prompt_tokens}, {@code completion_tokens}), or null when it has none (some
   * servers leave it out) or it is not numeric. Call on a reply that parsed.
   */
  public static Usage usage(String reply) {
    JsonNode usage;
    try {
      usage = JSON.readTree(reply).path("usage");
    } catch (JsonProcessingException e) {
      return null;
    }
    JsonNode prompt = usage.path("prompt_tokens");
    JsonNode completion = usage.path("completion_tokens");
    if (!prompt.canConvertToLong() || !completion.canConvertToLong() || prompt.asLong() < 0
        || completion.asLong() < 0) {
      return null;
    }
    return Usage.reported(prompt.asLong(), completion.asLong());
  }

  /** The generated text ({@code choices[0].text} or {@code choices[0].message.content}). */
  public static String generatedText(String reply) {
    JsonNode choice = firstChoice(reply);
    JsonNode text = choice.has("message") ? choice.path("message").path("content") : choice.path("text");
    if (!text.isTextual()) {
      throw new MalformedLogprobsException("the reply has no generated text at choices[0].text or "
          + "choices[0].message.content");
    }
    return text.asText();
  }

  private static ObjectNode base(OpenAiEndpoint endpoint, String model, String prompt, int maxTokens) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", model);
    if (endpoint == OpenAiEndpoint.COMPLETIONS) {
      body.put("prompt", prompt);
    } else {
      body.putArray("messages").addObject().put("role", "user").put("content", prompt);
    }
    body.put("max_tokens", maxTokens);
    body.put("temperature", 0);
    return body;
  }

  private static JsonNode firstChoice(String reply) {
    if (reply == null || reply.isBlank()) {
      throw MalformedLogprobsException.ofIncompleteBody("the reply body is empty");
    }
    JsonNode root;
    try {
      root = JSON.readTree(reply);
    } catch (JsonProcessingException e) {
      throw MalformedLogprobsException.ofIncompleteBody("the reply is not complete JSON: " + e.getOriginalMessage());
    }
    JsonNode choice = root == null ? null : root.path("choices").path(0);
    if (choice == null || !choice.isObject()) {
      throw new MalformedLogprobsException("the reply has no choices[0]");
    }
    return choice;
  }

  private static double number(JsonNode node) {
    if (!node.isNumber()) {
      throw new MalformedLogprobsException("a logprob is not a number: " + node);
    }
    return node.asDouble();
  }

  private static String text(JsonNode node) {
    if (!node.isTextual()) {
      throw new MalformedLogprobsException("a token is not a string: " + node);
    }
    return node.asText();
  }
}
