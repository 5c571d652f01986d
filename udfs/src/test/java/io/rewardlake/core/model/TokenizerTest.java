package io.rewardlake.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void englishWordsAreLowerCasedAndContractionsStayWhole() {
    assertThat(Tokenizer.tokens("Don't PANIC, it's 42 o’clock."))
        .containsExactly("don't", "panic", "it's", "42", "o'clock");
  }

  @Test
  void apostrophesOutsideAWordSeparate() {
    assertThat(Tokenizer.tokens("'quoted' dogs' bone")).containsExactly("quoted", "dogs", "bone");
  }

  @Test
  void questionAndExclamationMarksAreTokensOtherPunctuationSeparates() {
    assertThat(Tokenizer.tokens("Really?! Yes... (maybe); well-known: x/y"))
        .containsExactly("really", "?", "!", "yes", "maybe", "well", "known", "x", "y");
  }

  @Test
  void germanUmlautsAndSharpSAreNormalisedAndLowerCased() {
    // "Ü" written decomposed (U+0055 U+0308) and the capital sharp s both meet their usual lower-case spelling.
    assertThat(Tokenizer.tokens("U\u0308BER Straße STRA\u1E9EE Grüße"))
        .containsExactly("über", "straße", "straße", "grüße");
  }

  @Test
  void spanishAccentsAndInvertedMarks() {
    assertThat(Tokenizer.tokens("¿Qué hora es? ¡Mañana!")).containsExactly("qué", "hora", "es", "?", "mañana", "!");
  }

  @Test
  void chineseCharactersAreOneTokenEach() {
    assertThat(Tokenizer.tokens("我喜欢吃苹果。")).containsExactly("我", "喜", "欢", "吃", "苹", "果");
  }

  @Test
  void mixedScriptsSplitAtTheScriptBoundary() {
    assertThat(Tokenizer.tokens("用Python写代码v2好吗？"))
        .containsExactly("用", "python", "写", "代", "码", "v2", "好", "吗", "?");
  }

  @Test
  void kanaAndThaiKeepTheirMarksWithTheLetter() {
    assertThat(Tokenizer.tokens("コーヒー")).containsExactly("コー", "ヒー");
    assertThat(Tokenizer.tokens("กิน")).containsExactly("กิ", "น");
  }

  @Test
  void fullwidthFormsAreNormalised() {
    assertThat(Tokenizer.tokens("ＡＢＣ１２３ ＨＥＬＬＯ！")).containsExactly("abc123", "hello", "!");
  }

  @Test
  void emojiAndSurrogatePairsDoNotBreakWords() {
    // Emoji (surrogate pairs, variation selectors, zero-width joiners) separate; supplementary letters are letters.
    assertThat(Tokenizer.tokens("ok👍🏽great 👨‍👩‍👧 ❤️ 𝐁old 𠀋x"))
        .containsExactly("ok", "great", "bold", "𠀋", "x");
  }

  @Test
  void loneSurrogatesAndControlCharactersOnlySeparate() {
    assertThat(Tokenizer.tokens("a\uD800b\u0000c\uDC00")).containsExactly("a", "b", "c");
  }

  @Test
  void combiningMarksContinueAWordButDoNotStartOne() {
    assertThat(Tokenizer.tokens("\u0301cafe\u0301 हिन्दी")).containsExactly("café", "हिन्दी");
  }

  @Test
  void nullAndEmptyGiveNoTokens() {
    assertThat(Tokenizer.tokens(null)).isEmpty();
    assertThat(Tokenizer.tokens("")).isEmpty();
    assertThat(Tokenizer.tokens(" \n\t…")).isEmpty();
  }

  @Test
  void onlyQuestionAndExclamationMarksAreNotWords() {
    assertThat(Tokenizer.isWord("?")).isFalse();
    assertThat(Tokenizer.isWord("!")).isFalse();
    assertThat(Tokenizer.isWord("why")).isTrue();
  }
}
