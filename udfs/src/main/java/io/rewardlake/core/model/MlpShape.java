package io.rewardlake.core.model;

import java.io.Serializable;

/**
 * The parameter layout of one member of r(x, y) = w · f + u · tanh(W f + b) over {@code slots} feature slots and
 * {@code hidden} units: {@code [w (slots) | W (slots × hidden, slot-major) | b (hidden) | u (hidden)]}. Slot-major W
 * puts a feature's {@code hidden} weights next to each other, so a sparse input touches contiguous memory. With
 * {@code hidden = 0} this is exactly the linear family.
 */
public record MlpShape(int slots, int hidden) implements Serializable {
  public MlpShape {
    if (slots < 1 || hidden < 0) {
      throw new IllegalArgumentException("need slots >= 1 and hidden >= 0, got " + slots + ", " + hidden);
    }
  }

  /** Parameters per member. */
  public int size() {
    return slots * (1 + hidden) + 2 * hidden;
  }

  /** Offset of W[slot][0] within a member. */
  public int hiddenWeight(int slot) {
    return slots + slot * hidden;
  }

  public int bias() {
    return slots * (1 + hidden);
  }

  public int head() {
    return bias() + hidden;
  }
}
