package io.rewardlake.core.text;

/** Bounded excerpts of raw input for reject rows and error messages. */
public final class Excerpts {
  private Excerpts() {}

  /** The first {@code maxChars} characters of {@code text}, with "…" when cut; never splits a surrogate pair. */
  public static String of(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(maxChars - 2)) ? maxChars - 2 : maxChars - 1;
    return text.substring(0, end) + "…";
  }
}
