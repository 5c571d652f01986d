package io.rewardlake.core.synth;

import java.util.List;

/**
 * Small, fully specified random generator (SplitMix64). Written out here rather than taken from the JDK so the
 * corpus bytes cannot change with a JDK's choice of algorithm, and so a stream can be derived from (seed, index).
 */
final class SplitMix64 {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private long state;

  SplitMix64(long seed) {
    this.state = seed;
  }

  /** An independent-looking stream for one item (e.g. a prompt), so items can be generated in any order. */
  static SplitMix64 forItem(long seed, long index) {
    return new SplitMix64(mix(seed ^ mix(index * GOLDEN_GAMMA + 0x632BE59BD9B4E019L)));
  }

  /** The SplitMix64 finaliser: a bijective 64-bit hash with good avalanche. */
  static long mix(long value) {
    long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound); multiply-shift, whose bias is far below anything the corpus could show. */
  int nextInt(int bound) {
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  boolean chance(double probability) {
    return nextDouble() < probability;
  }

  /** Standard normal by Box–Muller; StrictMath keeps the bytes identical on every platform. */
  double nextGaussian() {
    double radius = StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - nextDouble()));
    return radius * StrictMath.cos(2.0 * StrictMath.PI * nextDouble());
  }

  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }
}
