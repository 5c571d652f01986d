package io.rewardlake.core.djl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fixture causal LM recomputed from {@code fixture.json} and the vocabulary of {@code tokenizer.json}, without
 * DJL: the tokens are {@code <s>} plus {@link DjlFixtures#words}; at the last one, every token's logit is its base,
 * plus for "1" the qualities of the known words inside the first response block so far and for "2" those inside the
 * second (a word is inside block k when the "RESPONSE" markers up to it number 2k-1); and for the position token
 * ("3") its weight times the last token's position (0-based, {@code <s>} at 0).
 */
final class TinyLmOracle {
  /** Tokens in id order. */
  private final List<String> vocabulary = new ArrayList<>();
  private final Map<String, Double> base;
  private final Map<String, Double> quality;
  private final String marker;
  private final String positionToken;
  private final double positionWeight;

  TinyLmOracle(Path directory) {
    try {
      JsonNode tokenizer = new ObjectMapper().readTree(directory.resolve("tokenizer.json").toFile());
      Map<Integer, String> byId = new java.util.TreeMap<>();
      tokenizer.path("model").path("vocab").fields().forEachRemaining(entry -> byId.put(entry.getValue().asInt(),
          entry.getKey()));
      vocabulary.addAll(byId.values());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    base = DjlFixtures.numbers(directory, "base");
    quality = DjlFixtures.numbers(directory, "quality");
    marker = DjlFixtures.fixture(directory).path("marker").asText();
    positionToken = DjlFixtures.fixture(directory).path("position_token").asText();
    positionWeight = DjlFixtures.fixture(directory).path("position_weight").asDouble();
  }

  /** {@code <s>} and the prompt's words, cut to {@code maxLength} keeping the end after {@code <s>}. */
  List<String> tokens(String prompt, int maxLength) {
    List<String> words = DjlFixtures.words(prompt);
    List<String> out = new ArrayList<>(List.of("<s>"));
    out.addAll(words.subList(Math.max(0, words.size() - (maxLength - 1)), words.size()));
    return out;
  }

  /** token → logit after the last of {@code tokens}. */
  Map<String, Double> logits(List<String> tokens) {
    double first = 0;
    double second = 0;
    int markers = 0;
    for (String token : tokens) {
      markers += token.equals(marker) ? 1 : 0;
      double value = quality.getOrDefault(token, 0.0);
      first += markers == 1 ? value : 0;
      second += markers == 3 ? value : 0;
    }
    Map<String, Double> logits = new java.util.HashMap<>();
    for (String token : vocabulary) {
      logits.put(token, base.getOrDefault(token, 0.0));
    }
    logits.merge("1", first, Double::sum);
    logits.merge("2", second, Double::sum);
    logits.merge(positionToken, positionWeight * (tokens.size() - 1), Double::sum);
    return logits;
  }

  /** log P(token) after {@code tokens}: a softmax over the whole vocabulary. */
  double logprob(List<String> tokens, String token) {
    Map<String, Double> logits = logits(tokens);
    double max = logits.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    double sum = logits.values().stream().mapToDouble(v -> Math.exp(v - max)).sum();
    return logits.get(token) - max - Math.log(sum);
  }

  /** P("1") over {"1", "2"}: the judge's probability that the first response shown is better. */
  double preferFirst(List<String> tokens) {
    return 1 / (1 + Math.exp(logprob(tokens, "2") - logprob(tokens, "1")));
  }

  /** The probability-weighted mean of the scores 1..10 at the answer position. */
  double expectedScore(List<String> tokens) {
    double weighted = 0;
    double total = 0;
    for (int score = 1; score <= 10; score++) {
      double p = Math.exp(logprob(tokens, Integer.toString(score)));
      weighted += score * p;
      total += p;
    }
    return weighted / total;
  }

  /** The greedy next token: the highest logit, ties to the token listed first in the vocabulary (lowest id). */
  String greedy(List<String> tokens) {
    Map<String, Double> logits = logits(tokens);
    String best = vocabulary.get(0);
    for (String token : vocabulary) {
      if (logits.get(token) > logits.get(best)) {
        best = token;
      }
    }
    return best;
  }
}
