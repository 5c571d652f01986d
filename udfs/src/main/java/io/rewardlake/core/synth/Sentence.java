package io.rewardlake.core.synth;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a response.
 *
 * @param text the sentence
 * @param alternatives for neutral filler, the pool it came from (a paraphrase may swap it for another); empty for
 *     sentences that carry quality, which a paraphrase must keep
 */
record Sentence(String text, List<String> alternatives) {

  Sentence {
    Objects.requireNonNull(text, "text");
    alternatives = List.copyOf(alternatives);
  }

  static Sentence content(String text) {
    return new Sentence(text, List.of());
  }

  static Sentence neutral(String text, List<String> pool) {
    return new Sentence(text, pool);
  }

  boolean isNeutral() {
    return !alternatives.isEmpty();
  }
}
