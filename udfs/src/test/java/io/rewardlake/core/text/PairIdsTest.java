package io.rewardlake.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairIdsTest {

  @Test
  void idIsAFixedFunctionOfContent() {
    // Pinned: changing the scheme silently would orphan every pair_id already in users' lakes.
    assertThat(PairIds.of("Human: hi", "hello", "go away")).isEqualTo(PairIds.of("Human: hi", "hello", "go away"))
        .hasSize(32).matches("[0-9a-f]{32}");
    // Cross-checked: python3 -c "import hashlib;print(hashlib.sha256('rewardlake-pair-v1\x1fp\x1fa\x1fb'.encode()).hexdigest()[:32])"
    assertThat(PairIds.of("p", "a", "b")).isEqualTo("db596de0a39a279d15207abca95943b3");
  }

  @Test
  void independentOfWhichResponseIsChosen() {
    assertThat(PairIds.of("p", "a", "b")).isEqualTo(PairIds.of("p", "b", "a"));
  }

  @Test
  void insensitiveToWhitespaceAndUnicodeComposition() {
    assertThat(PairIds.of(" Human:  caf\u00e9 ", "yes\r\nplease", "no"))
        .isEqualTo(PairIds.of("Human: cafe\u0301", "yes please", "no "));
  }

  @Test
  void sensitiveToEveryPartAndToBoundaries() {
    String base = PairIds.of("p", "a", "b");
    assertThat(PairIds.of("q", "a", "b")).isNotEqualTo(base);
    assertThat(PairIds.of("p", "a", "c")).isNotEqualTo(base);
    assertThat(PairIds.of("pa", "", "b")).isNotEqualTo(PairIds.of("p", "a", "b"));
  }
}
