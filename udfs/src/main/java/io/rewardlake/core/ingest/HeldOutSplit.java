package io.rewardlake.core.ingest;

import io.rewardlake.core.text.TextNormalizer;
import io.rewardlake.core.train.PairHash;
import java.io.Serializable;

/**
 * Held-out pairs for a corpus that names no splits: a record without a split of its own goes to {@code test} with
 * probability {@code fraction}, decided by a seeded hash of its normalised prompt, so every pair of a prompt lands on
 * the same side (a model is never tested on a prompt it trained on) and a re-ingest assigns the same splits.
 *
 * @param fraction share of prompts held out, in [0, 1); 0 turns this off
 * @param seed changes which prompts are held out
 */
public record HeldOutSplit(double fraction, long seed) implements Serializable {
  public static final HeldOutSplit NONE = new HeldOutSplit(0, 0);
  public static final String TEST = "test";

  public HeldOutSplit {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("the test fraction must be in [0, 1), got " + fraction);
    }
  }

  /** The split of a record without one: {@code test} for a held-out prompt, else {@code fallback}. */
  public String assign(String prompt, String fallback) {
    if (fraction == 0) {
      return fallback;
    }
    long draw = PairHash.draw(PairHash.of(TextNormalizer.normalize(prompt)), seed, 0);
    return PairHash.uniform(draw) < fraction ? TEST : fallback;
  }
}
