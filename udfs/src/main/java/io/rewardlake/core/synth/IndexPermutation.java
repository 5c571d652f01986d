package io.rewardlake.core.synth;

/**
 * A seeded bijection on [0, size): a balanced Feistel network over the next even power of two, cycle-walked back
 * into range. "index is selected iff permute(index) &lt; count" then selects exactly {@code count} indices, spread
 * at random, and any index can be tested on its own, without a list of the whole corpus.
 */
final class IndexPermutation {

  private static final int ROUNDS = 4;
  private final long key;
  private final int size;
  private final int halfBits;
  private final long halfMask;

  IndexPermutation(long key, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be >= 1, got " + size);
    }
    this.key = key;
    this.size = size;
    this.halfBits = halfBitsFor(size);
    this.halfMask = (1L << halfBits) - 1;
  }

  int permute(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " outside [0, " + size + ")");
    }
    long value = encrypt(index);
    while (value >= size) {
      value = encrypt(value); // cycle walking stays a bijection on [0, size)
    }
    return (int) value;
  }

  private long encrypt(long value) {
    long left = value >>> halfBits;
    long right = value & halfMask;
    for (int round = 0; round < ROUNDS; round++) {
      long next = left ^ (SplitMix64.mix(right ^ SplitMix64.mix(key + round)) & halfMask);
      left = right;
      right = next;
    }
    return (left << halfBits) | right;
  }

  private static int halfBitsFor(int size) {
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, size - 1));
    return Math.max(1, (bits + 1) / 2);
  }
}
