package io.rewardlake.core.train;

import java.nio.charset.StandardCharsets;

/**
 * The deterministic 64-bit hashes behind subset membership. Written out so the rule can be re-implemented anywhere
 * (for example in SQL or Python when auditing which member trained on a pair):
 * {@code h = splitmix64(fnv1a64(utf8(pair_id)) ^ splitmix64(seed * 0x9E3779B97F4A7C15 + stream))}.
 */
public final class PairHash {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private PairHash() {}

  /** FNV-1a over the UTF-8 bytes of the pair id: cheap, stable, and independent of any library. */
  public static long of(String pairId) {
    long hash = FNV_OFFSET;
    for (byte b : pairId.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= FNV_PRIME;
    }
    return hash;
  }

  /** The hash of one (pair, seed, stream) draw; streams separate repeats or members. */
  public static long draw(long pairHash, long seed, long stream) {
    return splitmix64(pairHash ^ splitmix64(seed * GOLDEN + stream));
  }

  /** A uniform double in [0, 1) from a draw's top 53 bits. */
  public static double uniform(long draw) {
    return (draw >>> 11) * 0x1.0p-53;
  }

  static long splitmix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
