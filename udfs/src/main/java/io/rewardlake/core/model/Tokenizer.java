package io.rewardlake.core.model;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into the tokens the featurizer hashes; language-neutral, no dictionaries.
 *
 * <ul>
 *   <li>Text is NFKC-normalised (fullwidth forms, ligatures and compatibility characters become their plain forms)
 *       and lower-cased with {@link Locale#ROOT}.</li>
 *   <li>A word is a maximal run of letters and digits; combining marks continue a word, and an apostrophe
 *       ({@code '} or {@code ’}, kept as {@code '}) between two word characters stays inside it ("don't").</li>
 *   <li>Scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) give one token per
 *       letter, with its combining marks attached; the n-gram stage then sees their character bigrams.</li>
 *   <li>{@code ?} and {@code !} are tokens of their own, because questions and exclamations carry signal. Everything
 *       else (other punctuation, symbols, emoji, white space) only separates.</li>
 * </ul>
 *
 * <p>The output depends on the Unicode tables of the Java runtime for characters it does not yet know.
 */
public final class Tokenizer {
  static final String QUESTION = "?";
  static final String EXCLAMATION = "!";

  private static final Set<UnicodeScript> UNSPACED = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
      UnicodeScript.KATAKANA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER, UnicodeScript.MYANMAR);
  /** Thai, the first of the {@link #UNSPACED} scripts, starts here; below it no script lookup is needed. */
  private static final int FIRST_UNSPACED = 0x0E00;
  /** Katakana-Hiragana prolonged sound mark: a letter of the Common script that lengthens the preceding kana. */
  private static final int PROLONGED_SOUND_MARK = 0x30FC;
  private static final char TYPOGRAPHIC_APOSTROPHE = '\u2019';

  private Tokenizer() {}

  /** The tokens of {@code text}, in order; empty for null or empty text. */
  public static List<String> tokens(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return Collections.unmodifiableList(scan(prepared(text)));
  }

  /** {@code ?} and {@code !} are the only tokens that are not words. */
  static boolean isWord(String token) {
    return !QUESTION.equals(token) && !EXCLAMATION.equals(token);
  }

  private static String prepared(String text) {
    // ASCII is invariant under NFKC; skipping the normaliser saves most of the time on English text.
    String normalized = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    return normalized.toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static List<String> scan(String s) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        i = isUnspaced(cp) ? letter(s, i, tokens) : word(s, i, tokens);
      } else {
        addIfKept(cp, tokens);
        i += Character.charCount(cp);
      }
    }
    return tokens;
  }

  /** One letter of an unspaced script with the marks that belong to it; returns the position after them. */
  private static int letter(String s, int start, List<String> tokens) {
    int end = start + Character.charCount(s.codePointAt(start));
    while (end < s.length() && attachesToLetter(s.codePointAt(end))) {
      end += Character.charCount(s.codePointAt(end));
    }
    tokens.add(s.substring(start, end));
    return end;
  }

  /** A word starting at {@code start}; returns the position after it. */
  private static int word(String s, int start, List<String> tokens) {
    int end = start;
    boolean typographic = false;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      if (continuesWord(cp)) {
        end += Character.charCount(cp);
      } else if (isApostrophe(cp) && startsWordAt(s, end + 1)) {
        typographic |= cp == TYPOGRAPHIC_APOSTROPHE;
        end++;
      } else {
        break;
      }
    }
    String word = s.substring(start, end);
    tokens.add(typographic ? word.replace(TYPOGRAPHIC_APOSTROPHE, '\'') : word);
    return end;
  }

  private static void addIfKept(int cp, List<String> tokens) {
    if (cp == '?') {
      tokens.add(QUESTION);
    } else if (cp == '!') {
      tokens.add(EXCLAMATION);
    }
  }

  private static boolean continuesWord(int cp) {
    return Character.isLetterOrDigit(cp) ? !isUnspaced(cp) : isMark(cp);
  }

  private static boolean startsWordAt(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    int cp = s.codePointAt(i);
    return Character.isLetterOrDigit(cp) && !isUnspaced(cp);
  }

  private static boolean attachesToLetter(int cp) {
    return isMark(cp) || cp == PROLONGED_SOUND_MARK;
  }

  private static boolean isUnspaced(int cp) {
    return cp >= FIRST_UNSPACED && UNSPACED.contains(UnicodeScript.of(cp));
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == TYPOGRAPHIC_APOSTROPHE;
  }
}
