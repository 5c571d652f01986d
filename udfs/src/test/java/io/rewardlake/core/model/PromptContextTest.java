package io.rewardlake.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptContextTest {
  private static final String PROMPT = "Human: The EXTRAORDINARY cat sat on 123456 mats, über alles?\n\n"
      + "Assistant: Unmentionable assistant words.\n\nHuman: Zebra 𐌰𐌱 abc ab!";

  @Test
  void keywordsAreTheLongestHumanWordsTiesLexicographic() {
    // "123456" is digits only, "𐌰𐌱" has 2 code points in 4 chars, "on"/"ab" are too short, assistant words ignored.
    assertThat(context(3).keywords()).containsExactly("extraordinary", "alles", "zebra");
    assertThat(context(8).keywords())
        .containsExactly("extraordinary", "alles", "zebra", "mats", "über", "abc", "cat", "sat");
  }

  @Test
  void noKeywordsWhenNoneAreAsked() {
    assertThat(context(0).keywords()).isEmpty();
  }

  @Test
  void collectsHumanWordsAndTheLastTurn() {
    PromptContext context = context(3);
    assertThat(context.humanWords()).contains("extraordinary", "123456", "über", "zebra", "ab")
        .doesNotContain("unmentionable", "?", "!");
    assertThat(context.lastTurnWords()).isEqualTo(Set.of("zebra", "𐌰𐌱", "abc", "ab"));
    assertThat(context.lastTurnTokens()).isEqualTo(5);
  }

  @Test
  void aPromptWithoutMarkersIsOneHumanTurn() {
    PromptContext context = new Featurizer(FeaturizerSpec.defaults()).context("Translate: guten Morgen!");
    assertThat(context.lastTurnWords()).isEqualTo(Set.of("translate", "guten", "morgen"));
    assertThat(context.humanWords()).isEqualTo(context.lastTurnWords());
    assertThat(context.keywords()).containsExactly("translate", "morgen", "guten");
  }

  @Test
  void emptyPromptHasAnEmptyContext() {
    assertThat(new Featurizer(FeaturizerSpec.defaults()).context(""))
        .isEqualTo(new PromptContext(Set.of(), Set.of(), 0, List.of()));
  }

  private static PromptContext context(int keywords) {
    return new Featurizer(new FeaturizerSpec(18, 2, keywords)).context(PROMPT);
  }
}
