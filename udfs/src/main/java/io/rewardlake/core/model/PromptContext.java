package io.rewardlake.core.model;

import static java.util.Objects.requireNonNull;

import io.rewardlake.core.text.TranscriptSplitter;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the featurizer needs to know about a prompt, computed once and shared by all responses to it. "Words" are
 * tokens other than {@code ?} and {@code !}; the sets are for membership tests (their iteration order is
 * unspecified, so nothing order-dependent is ever derived from them).
 *
 * @param humanWords the words of all human turns (of the whole prompt when it has no turn markers)
 * @param lastTurnWords the words of the last human turn
 * @param lastTurnTokens how many tokens, {@code ?} and {@code !} included, the last human turn has
 * @param keywords the prompt words crossed with the response's words, best first: see {@link #keywords}
 */
public record PromptContext(Set<String> humanWords, Set<String> lastTurnWords, int lastTurnTokens,
    List<String> keywords) {
  /** Keywords are rarely that short; shorter words are mostly function words in every corpus language. */
  static final int MIN_KEYWORD_LENGTH = 3;

  /** Longer first (in code points), then lexicographic, so every selection is unique. */
  private static final Comparator<String> KEYWORD_ORDER =
      Comparator.comparingInt(PromptContext::codePointLength).reversed().thenComparing(Comparator.naturalOrder());

  public PromptContext {
    humanWords = Set.copyOf(humanWords);
    lastTurnWords = Set.copyOf(lastTurnWords);
    keywords = List.copyOf(keywords);
    if (lastTurnTokens < 0) {
      throw new IllegalArgumentException("lastTurnTokens must be >= 0, got " + lastTurnTokens);
    }
  }

  static PromptContext of(String prompt, int keywordCount) {
    Set<String> human = new HashSet<>();
    List<String> lastTurn = List.of();
    for (String turn : TranscriptSplitter.humanTurns(requireNonNull(prompt, "prompt"))) {
      lastTurn = Tokenizer.tokens(turn);
      addWords(lastTurn, human);
    }
    return new PromptContext(human, addWords(lastTurn, new HashSet<>()), lastTurn.size(),
        keywords(human, keywordCount));
  }

  /**
   * The {@code count} longest distinct words of at least {@link #MIN_KEYWORD_LENGTH} code points that are not pure
   * digits, ties broken lexicographically: a cheap stand-in for "rarest", as long words tend to be rare ones.
   */
  static List<String> keywords(Collection<String> words, int count) {
    return words.stream().filter(PromptContext::isKeywordCandidate).sorted(KEYWORD_ORDER).limit(count).toList();
  }

  private static Set<String> addWords(List<String> tokens, Set<String> words) {
    for (String token : tokens) {
      if (Tokenizer.isWord(token)) {
        words.add(token);
      }
    }
    return words;
  }

  private static boolean isKeywordCandidate(String word) {
    return codePointLength(word) >= MIN_KEYWORD_LENGTH && !word.codePoints().allMatch(Character::isDigit);
  }

  private static int codePointLength(String word) {
    return word.codePointCount(0, word.length());
  }
}
