package io.rewardlake.core.synth;

import java.util.List;

/** Draws a prompt: language, family, topic, and one or three turns. */
final class PromptComposer {

  static final String HUMAN = "Human: ";
  static final String ASSISTANT = "Assistant: ";
  static final String TURN_BREAK = "\n\n";

  /** About 5% non-English, split evenly, so tokenizers meet umlauts, accents and unspaced CJK. */
  private static final double NON_ENGLISH = 0.05;
  private static final List<Language> OTHER_LANGUAGES = List.of(Language.GERMAN, Language.SPANISH, Language.CHINESE);
  private static final double MULTI_TURN = 0.3;
  private static final List<Family> FAMILIES = List.of(Family.values());

  private PromptComposer() {}

  static SynthPrompt compose(int index, boolean test, SplitMix64 rng) {
    Language language = rng.chance(NON_ENGLISH) ? rng.pick(OTHER_LANGUAGES) : Language.ENGLISH;
    PhraseBook book = language.book();
    Topic topic = rng.pick(book.topicsOf(rng.pick(FAMILIES)));
    return new SynthPrompt(idOf(index), topic, language, turns(book, topic, rng), test);
  }

  /** A prompt of the shifted corpus: English topics, the shifted register, ids of their own. */
  static SynthPrompt composeShifted(String prefix, int index, SplitMix64 rng) {
    PhraseBook book = Language.SHIFTED.book();
    Topic topic = rng.pick(book.topicsOf(rng.pick(FAMILIES)));
    return new SynthPrompt(prefix + "-" + SynthMath.zeroPad6(index), topic, Language.SHIFTED,
        turns(book, topic, rng), false);
  }

  static String idOf(int index) {
    return "synth-" + SynthMath.zeroPad6(index);
  }

  private static String turns(PhraseBook book, Topic topic, SplitMix64 rng) {
    String question = HUMAN + rng.pick(topic.questions());
    if (!rng.chance(MULTI_TURN)) {
      return question;
    }
    String ack = ASSISTANT + PhraseBook.fill(rng.pick(book.acks()), topic.subject());
    return String.join(TURN_BREAK, question, ack, HUMAN + rng.pick(book.followUps()));
  }
}
