package io.rewardlake.core.hygiene;

import java.util.Arrays;
import java.util.List;

/**
 * Word shingles of a text as a set of integers, the unit near-duplicate detection compares: each shingle is a
 * {@link WordNGrams} gram of {@code n} words (a shorter text is one shingle of all its words), numbered by the top 30
 * bits of its 64-bit hash. Thirty bits keep the numbers valid feature indices for MinHash (below its hashing prime)
 * while two distinct shingles of one text rarely share a number.
 *
 * <p>A pair's set is the union of its prompt's and both responses' sets, so it does not depend on which response was
 * chosen; it is what MinHash signs. Two prompts are as similar as the Jaccard index of their sets, two pairs as their
 * least similar part ({@link #similarity}).
 */
public final class Shingles {
  /** The number of distinct shingle indices, 2^30. */
  public static final int DIMENSION = 1 << 30;

  private Shingles() {}

  /** The text's shingle indices, sorted and distinct; empty for a text without a word. */
  public static int[] of(String text, int n) {
    return indices(WordNGrams.hashes(text == null ? "" : text, n));
  }

  /** The union of the shingle indices of a pair's three texts, sorted and distinct. */
  public static int[] ofPair(String prompt, String first, String second, int n) {
    int[] a = of(prompt, n);
    int[] b = of(first, n);
    int[] c = of(second, n);
    int[] all = Arrays.copyOf(a, a.length + b.length + c.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    System.arraycopy(c, 0, all, a.length + b.length, c.length);
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  /** |a ∩ b| / |a ∪ b| of two sorted distinct sets; two empty sets are not similar (0). */
  public static double jaccard(int[] a, int[] b) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /**
   * The similarity of two texts given as parts: one part (a prompt) is its Jaccard index; three parts (a pair's
   * prompt and two responses) are as similar as their least similar part, the responses matched in the order that
   * makes them most alike. Comparing parts keeps a long response both pairs share from hiding that their other
   * responses differ, as the Jaccard index of the whole pair's shingles would.
   */
  public static double similarity(int[][] a, int[][] b) {
    if (a.length != b.length || (a.length != 1 && a.length != 3)) {
      throw new IllegalArgumentException("texts of 1 or 3 parts compare with texts of as many, not " + a.length
          + " with " + b.length);
    }
    if (a.length == 1) {
      return jaccard(a[0], b[0]);
    }
    double inOrder = Math.min(jaccard(a[1], b[1]), jaccard(a[2], b[2]));
    double swapped = Math.min(jaccard(a[1], b[2]), jaccard(a[2], b[1]));
    return Math.min(jaccard(a[0], b[0]), Math.max(inOrder, swapped));
  }

  /**
   * A 64-bit key of the text's normalised words: texts that differ only in case, punctuation, white space or speaker
   * labels share it, so they count as the same text.
   */
  public static long textKey(String text) {
    return WordNGrams.hash(String.join(" ", WordNGrams.words(text == null ? "" : text)));
  }

  /** A 64-bit key of a pair's normalised texts, the same whichever response comes first. */
  public static long pairKey(String prompt, String first, String second) {
    String a = String.join(" ", WordNGrams.words(first == null ? "" : first));
    String b = String.join(" ", WordNGrams.words(second == null ? "" : second));
    List<String> responses = a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    return WordNGrams.hash(String.join(" ", WordNGrams.words(prompt == null ? "" : prompt)) + "\u0001"
        + responses.get(0) + "\u0001" + responses.get(1));
  }

  private static int[] indices(long[] hashes) {
    return Arrays.stream(hashes).mapToInt(hash -> (int) (hash >>> 34)).sorted().distinct().toArray();
  }
}
