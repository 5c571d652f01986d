package io.rewardlake.core.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * A response as its sentences, kept so a near-tie paraphrase can change the filler and nothing else. Immutable;
 * the text is joined once, since it is compared and written several times.
 */
final class Draft {

  private final List<Sentence> sentences;
  private final Language language;
  private final String text;

  Draft(List<Sentence> sentences, Language language) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("a response needs at least one sentence");
    }
    this.sentences = List.copyOf(sentences);
    this.language = language;
    this.text = String.join(language.sentenceSeparator(), this.sentences.stream().map(Sentence::text).toList());
  }

  List<Sentence> sentences() {
    return sentences;
  }

  String text() {
    return text;
  }

  Draft with(int index, Sentence sentence) {
    List<Sentence> copy = new ArrayList<>(sentences);
    copy.set(index, sentence);
    return new Draft(copy, language);
  }

  Draft inserting(int index, Sentence sentence) {
    List<Sentence> copy = new ArrayList<>(sentences);
    copy.add(index, sentence);
    return new Draft(copy, language);
  }
}
