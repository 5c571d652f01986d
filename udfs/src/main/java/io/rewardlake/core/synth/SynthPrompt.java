package io.rewardlake.core.synth;

import java.util.Objects;

/**
 * A generated prompt in Human/Assistant turn format, ending on a Human turn.
 *
 * @param id e.g. {@code synth-000042}
 * @param topic what is asked (and so the family)
 * @param language language of the prompt and of every response to it
 * @param text the turns, separated by a blank line
 * @param test whether the prompt and all its pairs belong to the test split
 */
record SynthPrompt(String id, Topic topic, Language language, String text, boolean test) {

  SynthPrompt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
  }

  Family family() {
    return topic.family();
  }

  /** {@code shifted} for the shifted corpus, which is never trained on with labels; else test or train. */
  String split() {
    if (language == Language.SHIFTED) {
      return "shifted";
    }
    return test ? "test" : "train";
  }

  String source() {
    return language == Language.SHIFTED ? "synth-shifted" : "synth";
  }

  PhraseBook book() {
    return language.book();
  }
}
