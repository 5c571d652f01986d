package io.rewardlake.core.hygiene;

/**
 * The banding step of locality-sensitive hashing: a text's MinHash signature of {@code bands × rows} values is cut
 * into {@code bands} runs of {@code rows} values, and each run becomes one 64-bit bucket key (band number included, so
 * equal runs of different bands do not meet). Two texts share a bucket when all the rows of one band agree, which for
 * Jaccard similarity {@code s} happens with probability {@code 1 - (1 - s^rows)^bands}: an S-curve whose steepest
 * point is near {@code (1/bands)^(1/rows)}, so similar texts almost always meet and dissimilar ones rarely do.
 */
public final class Bands {
  private Bands() {}

  /** The {@code bands} bucket keys of a signature of {@code bands × rows} MinHash values. */
  public static long[] keys(double[] signature, int bands, int rows) {
    if (bands < 1 || rows < 1 || signature.length != bands * rows) {
      throw new IllegalArgumentException("a signature of " + signature.length + " values cannot be cut into " + bands
          + " bands of " + rows + " rows");
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long key = mix(band + 1L);
      for (int row = 0; row < rows; row++) {
        key = mix(key ^ (long) signature[band * rows + row]);
      }
      keys[band] = key;
    }
    return keys;
  }

  /** The probability that two texts of Jaccard similarity {@code similarity} share at least one bucket. */
  public static double candidateProbability(double similarity, int bands, int rows) {
    return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
  }

  /** One SplitMix64 step: the golden-ratio increment, then its finaliser. */
  private static long mix(long value) {
    return WordNGrams.finish(value + 0x9e3779b97f4a7c15L);
  }
}
