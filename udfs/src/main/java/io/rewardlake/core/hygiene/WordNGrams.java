package io.rewardlake.core.hygiene;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word n-grams of a text, the unit benchmark decontamination compares: the text is NFKC-normalised and lower-cased,
 * speaker labels (the word Human, Assistant, User or System before a colon, as transcripts open their turns) are
 * removed, so a transcript's prompt compares by what was said, on one line or several; its words are the maximal runs of letters and digits
 * (punctuation, markup and white space only separate them), and every run of {@code n} consecutive words is one
 * n-gram, its words joined by single spaces.
 *
 * <p>A text of fewer than {@code n} words has no n-gram of that length; it is represented by all its words as one
 * gram, so a short benchmark prompt still matches a corpus prompt that is the same text.
 *
 * <p>Large corpora compare grams by a 64-bit hash ({@link #hash}: FNV-1a over the gram's characters, then a
 * SplitMix64 finaliser to spread the bits); a false match needs two distinct grams with the same 64 bits.
 */
public final class WordNGrams {
  private static final java.util.regex.Pattern SPEAKER =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(human|assistant|user|system)\\s*:");

  private WordNGrams() {}

  /** The text's words, normalised. */
  public static List<String> words(String text) {
    String folded = SPEAKER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
        .replaceAll(" ");
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < folded.length(); ) {
      int codePoint = folded.codePointAt(i);
      boolean wordChar = Character.isLetterOrDigit(codePoint);
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      words.add(folded.substring(start));
    }
    return words;
  }

  /** The distinct n-grams of the text, in order of first appearance; the whole text as one gram when shorter. */
  public static List<String> of(String text, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n-gram length must be at least 1, was " + n);
    }
    List<String> words = words(text);
    if (words.isEmpty()) {
      return List.of();
    }
    if (words.size() < n) {
      return List.of(String.join(" ", words));
    }
    java.util.LinkedHashSet<String> grams = new java.util.LinkedHashSet<>();
    for (int i = 0; i + n <= words.size(); i++) {
      grams.add(String.join(" ", words.subList(i, i + n)));
    }
    return new ArrayList<>(grams);
  }

  /** The distinct hashes of {@link #of}'s grams. */
  public static long[] hashes(String text, int n) {
    return of(text, n).stream().mapToLong(WordNGrams::hash).toArray();
  }

  /** The first of the text's grams with this hash, or null: the words behind a match, for a reviewer. */
  public static String withHash(String text, int n, long hash) {
    return of(text, n).stream().filter(gram -> hash(gram) == hash).findFirst().orElse(null);
  }

  public static long hash(String gram) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < gram.length(); i++) {
      h ^= gram.charAt(i);
      h *= 0x100000001b3L;
    }
    return finish(h);
  }

  /** SplitMix64's finaliser: every input bit moves about half of the output bits. */
  static long finish(long value) {
    long h = (value ^ (value >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
