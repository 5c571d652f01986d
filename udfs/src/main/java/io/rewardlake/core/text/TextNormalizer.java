package io.rewardlake.core.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalisation used only to decide whether two texts are "the same" (pair ids, identical-response checks). Stored
 * text is never normalised: users get back exactly what they gave.
 *
 * <p>Unicode NFC (so composed and decomposed accents agree), then every run of white space (including CR/LF and
 * non-breaking spaces) becomes one space, and the ends are trimmed.
 */
public final class TextNormalizer {
  private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

  private TextNormalizer() {}

  public static String normalize(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    return WHITESPACE_RUN.matcher(composed).replaceAll(" ").trim();
  }
}
