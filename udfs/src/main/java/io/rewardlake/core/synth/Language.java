package io.rewardlake.core.synth;

/** Languages of the corpus; everything but English is a small share that exercises tokenization. */
enum Language {
  ENGLISH(" "),
  GERMAN(" "),
  SPANISH(" "),
  CHINESE(""),
  /** English topics in another register: only the shifted corpus ({@link ShiftedPhrases}) uses it. */
  SHIFTED(" ");

  private final String sentenceSeparator;

  Language(String sentenceSeparator) {
    this.sentenceSeparator = sentenceSeparator;
  }

  /** Chinese runs sentences together; the others separate them with a space. */
  String sentenceSeparator() {
    return sentenceSeparator;
  }

  /** All the text of this language. */
  PhraseBook book() {
    return switch (this) {
      case ENGLISH -> EnglishPhrases.BOOK;
      case GERMAN -> GermanPhrases.BOOK;
      case SPANISH -> SpanishPhrases.BOOK;
      case CHINESE -> ChinesePhrases.BOOK;
      case SHIFTED -> ShiftedPhrases.BOOK;
    };
  }
}
