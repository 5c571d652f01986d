package io.rewardlake.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TruncationTest {
  private static final long[] CLS = {101};
  private static final long[] SEP = {102};

  private static long[] range(long from, long to) {
    return LongStream.range(from, to).toArray();
  }

  @Test
  void anInputThatFitsIsKeptWhole() {
    Truncation.Result result = Truncation.keepEnd(CLS, range(1, 4), range(10, 13), SEP, 16);
    assertThat(result.ids()).containsExactly(101, 1, 2, 3, 10, 11, 12, 102);
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void aLongResponseKeepsItsEndAndTheWholeShortContext() {
    // Budget 10 - 2 specials = 8; context 2 fits in its quarter floor (2); the response keeps its last 6 tokens.
    Truncation.Result result = Truncation.keepEnd(CLS, range(1, 3), range(10, 30), SEP, 10);
    assertThat(result.ids()).containsExactly(101, 1, 2, 24, 25, 26, 27, 28, 29, 102);
    assertThat(result.droppedContext()).isZero();
    assertThat(result.droppedResponse()).isEqualTo(14);
  }

  @Test
  void aLongContextIsCutFromItsStartDownToAQuarterOfTheBudget() {
    // Budget 18: the response (20) alone exceeds it, so the context keeps its floor, 18 / 4 = 4 tokens (its end).
    Truncation.Result result = Truncation.keepEnd(CLS, range(1, 41), range(100, 120), SEP, 20);
    assertThat(result.ids()).hasSize(20);
    assertThat(result.ids()).startsWith(101, 37, 38, 39, 40, 106).endsWith(119, 102);
    assertThat(result.droppedContext()).isEqualTo(36);
    assertThat(result.droppedResponse()).isEqualTo(6);
  }

  @Test
  void aShortResponseLeavesTheRestOfTheBudgetToTheContextsEnd() {
    Truncation.Result result = Truncation.keepEnd(CLS, range(1, 41), range(100, 103), SEP, 12);
    assertThat(result.ids()).containsExactly(101, 34, 35, 36, 37, 38, 39, 40, 100, 101, 102, 102);
    assertThat(result.droppedContext()).isEqualTo(33);
    assertThat(result.droppedResponse()).isZero();
  }

  @Test
  void aCausalPromptKeepsItsEndAfterThePrefix() {
    assertThat(Truncation.keepEnd(new long[] {1}, range(10, 20), 5)).containsExactly(1, 16, 17, 18, 19);
    assertThat(Truncation.keepEnd(new long[] {1}, range(10, 12), 5)).containsExactly(1, 10, 11);
  }

  @Test
  void specialsThatFillTheModelAreRefused() {
    assertThatThrownBy(() -> Truncation.keepEnd(CLS, range(1, 3), range(4, 6), SEP, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_length 3");
  }
}
