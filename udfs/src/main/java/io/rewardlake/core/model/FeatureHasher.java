package io.rewardlake.core.model;

import java.io.Serializable;

/**
 * Places a keyed feature in the hashed part of the feature space, {@code [Interactions.COUNT, dimension)}, with a
 * pseudo-random sign (Weinberger et al. 2009): features that collide then cancel on average instead of adding up,
 * so a collision biases no weight. The seed and salt are part of {@link FeaturizerSpec#VERSION}.
 *
 * <p>The sign is a bit of the remixed key hash rather than of a second hash over the key, which halves hashing
 * time. Features whose slots collide almost always differ in their 32-bit hash and so get independent signs; only
 * keys with equal 32-bit hashes, which also share the slot, always share the sign.
 */
final class FeatureHasher implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SEED = 0x3c6ef372;
  private static final int SIGN_SALT = 0x7f4a7c15;

  private final int slots;

  FeatureHasher(int dimension) {
    this.slots = dimension - Interactions.COUNT;
  }

  /** The key's hash: everything that decides its slot and sign, and an identity for counting equal keys. */
  static int hash(KeyBuffer key) {
    return key.hash(SEED);
  }

  void add(FeatureAccumulator out, int hash, double value) {
    out.add(index(hash), negative(hash) ? -value : value);
  }

  void add(FeatureAccumulator out, KeyBuffer key, double value) {
    add(out, hash(key), value);
  }

  int index(int hash) {
    return Interactions.COUNT + Math.floorMod(hash, slots);
  }

  static boolean negative(int hash) {
    return (MurmurHash3.fmix32(hash ^ SIGN_SALT) & 1) != 0;
  }
}
