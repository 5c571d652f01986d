package io.rewardlake.core.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A response's tokens in the forms the feature blocks consume: UTF-8 bytes (hashing needs bytes, and converting each
 * token once is cheaper than once per n-gram and cross it appears in) and the distinct words in order of first
 * occurrence (an order fixed by the text keeps float sums, and so the features, identical on every run).
 */
final class ResponseTokens {
  /** Every token, in order, as UTF-8. */
  final byte[][] tokens;
  /** The distinct words, in order of first occurrence; {@link #wordBytes} holds their UTF-8 at the same positions. */
  final String[] words;
  final byte[][] wordBytes;
  /** How many tokens are {@code ?} or {@code !}, and how many of those two are present. */
  final int marks;
  final int distinctMarks;
  final boolean endsWithQuestion;

  private ResponseTokens(List<String> tokens, String[] words, int questions, int exclamations) {
    this.tokens = utf8(tokens);
    this.words = words;
    this.wordBytes = utf8(Arrays.asList(words));
    this.marks = questions + exclamations;
    this.distinctMarks = Integer.signum(questions) + Integer.signum(exclamations);
    this.endsWithQuestion = !tokens.isEmpty() && Tokenizer.QUESTION.equals(tokens.get(tokens.size() - 1));
  }

  static ResponseTokens of(String response) {
    List<String> tokens = Tokenizer.tokens(response);
    return new ResponseTokens(tokens, distinctWords(tokens), Collections.frequency(tokens, Tokenizer.QUESTION),
        Collections.frequency(tokens, Tokenizer.EXCLAMATION));
  }

  int total() {
    return tokens.length;
  }

  int distinct() {
    return words.length + distinctMarks;
  }

  private static String[] distinctWords(List<String> tokens) {
    Set<String> words = new LinkedHashSet<>(2 * tokens.size());
    for (String token : tokens) {
      if (Tokenizer.isWord(token)) {
        words.add(token);
      }
    }
    return words.toArray(new String[0]);
  }

  private static byte[][] utf8(List<String> strings) {
    byte[][] bytes = new byte[strings.size()][];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = strings.get(i).getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }
}
