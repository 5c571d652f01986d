package io.rewardlake.core.hygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordNGramsTest {

  @Test
  void wordsAreLowerCasedRunsOfLettersAndDigitsWhateverSeparatesThem() {
    assertThat(WordNGrams.words("Q: What's 2+2?\n\nA:  Ｆｏｕｒ, café!"))
        .containsExactly("q", "what", "s", "2", "2", "a", "four", "café");
  }

  @Test
  void speakerLabelsAreNotWordsOnOneLineOrSeveral() {
    assertThat(WordNGrams.words("\n\nHuman: How do I help a human?\n\nAssistant: Ask.\nUSER : ok"))
        .containsExactly("how", "do", "i", "help", "a", "human", "ask", "ok");
    assertThat(WordNGrams.words("Human: How do I help a human? Assistant: Ask. superuser: ok"))
        .containsExactly("how", "do", "i", "help", "a", "human", "ask", "superuser", "ok");
  }

  @Test
  void everyRunOfNWordsIsOneGramOnceInOrder() {
    assertThat(WordNGrams.of("a b c a b c d", 3)).containsExactly("a b c", "b c a", "c a b", "b c d");
  }

  @Test
  void aTextShorterThanNIsOneGramOfAllItsWords() {
    assertThat(WordNGrams.of("Name the capital of France.", 13)).containsExactly("name the capital of france");
    assertThat(WordNGrams.of("  ?! ", 13)).isEmpty();
  }

  @Test
  void theLengthMustBePositive() {
    assertThatThrownBy(() -> WordNGrams.of("x", 0)).hasMessageContaining("at least 1");
  }

  @Test
  void hashesIdentifyGramsAndLeadBackToTheirWords() {
    String text = "One two three four. Five six";
    long[] hashes = WordNGrams.hashes(text, 2);

    assertThat(hashes).hasSize(5).doesNotHaveDuplicates();
    assertThat(WordNGrams.withHash(text, 2, WordNGrams.hash("four five"))).isEqualTo("four five");
    assertThat(WordNGrams.withHash(text, 2, WordNGrams.hash("six one"))).isNull();
    assertThat(WordNGrams.hash("a b")).isNotEqualTo(WordNGrams.hash("b a"));
  }
}
