package io.rewardlake.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptsTest {
  @Test
  void shortTextUnchangedLongTextCutWithEllipsis() {
    assertThat(Excerpts.of("abc", 5)).isEqualTo("abc");
    assertThat(Excerpts.of("abcdefgh", 5)).isEqualTo("abcd…").hasSize(5);
  }

  @Test
  void neverSplitsASurrogatePair() {
    String emoji = "abc\uD83D\uDE00def";
    assertThat(Excerpts.of(emoji, 5)).isEqualTo("abc…");
  }
}
