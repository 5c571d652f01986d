package io.rewardlake.core.text;

/**
 * Stable pair ids: SHA-256 over the normalised prompt and the two normalised responses in sorted order, truncated to
 * 128 bits (32 hex characters).
 *
 * <p>Sorting the responses makes the id independent of which one is labelled chosen: the same two responses to the
 * same prompt are one pair, whatever file they come from or which way it was labelled; the label is an attribute of
 * the pair, and conflicting labels show up as duplicates. The version tag lets a future scheme coexist.
 */
public final class PairIds {
  private static final String SCHEME = "rewardlake-pair-v1";
  private static final char SEPARATOR = '\u001F';

  private PairIds() {}

  public static String of(String prompt, String responseA, String responseB) {
    String a = TextNormalizer.normalize(responseA);
    String b = TextNormalizer.normalize(responseB);
    String first = a.compareTo(b) <= 0 ? a : b;
    String second = first == a ? b : a;
    String key = SCHEME + SEPARATOR + TextNormalizer.normalize(prompt) + SEPARATOR + first + SEPARATOR + second;
    return Hashing.sha256Hex(key, 16);
  }

  /**
   * Whether {@code responseA} is the response the id puts first (its normalised text sorts first): the orientation
   * labels of one pair are stated in when they come from records that list the responses in either order.
   */
  public static boolean sortsFirst(String responseA, String responseB) {
    return TextNormalizer.normalize(responseA).compareTo(TextNormalizer.normalize(responseB)) <= 0;
  }
}
