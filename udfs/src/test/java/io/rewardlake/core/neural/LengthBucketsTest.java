package io.rewardlake.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LengthBucketsTest {

  @Test
  void sequencesAreGroupedByLengthSoEachCallPadsToItsOwnLongest() {
    int[] lengths = {100, 5, 98, 6, 7, 97};
    List<int[]> calls = LengthBuckets.plan(lengths, 3, 10_000);
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0)).containsExactly(1, 3, 4);
    assertThat(calls.get(1)).containsExactly(5, 2, 0);
    // Unbucketed, two calls of 3 in input order would pad to 100 each: 600 tokens; bucketed: 3*7 + 3*100.
    assertThat(LengthBuckets.paddedTokens(lengths, calls)).isEqualTo(321);
  }

  @Test
  void theTokenBudgetCutsCallsAndAnOverlongSequenceGetsACallOfItsOwn() {
    int[] lengths = {10, 10, 10, 10, 50};
    List<int[]> calls = LengthBuckets.plan(lengths, 8, 30);
    assertThat(calls.stream().map(call -> call.length).toList()).containsExactly(3, 1, 1);
    assertThat(calls.get(2)).containsExactly(4);
  }

  @Test
  void everyIndexIsInExactlyOneCall() {
    int[] lengths = IntStream.range(0, 97).map(i -> (i * 37) % 61 + 1).toArray();
    List<int[]> calls = LengthBuckets.plan(lengths, 8, 200);
    int[] all = calls.stream().flatMapToInt(Arrays::stream).sorted().toArray();
    assertThat(all).isEqualTo(IntStream.range(0, 97).toArray());
    for (int[] call : calls) {
      int longest = Arrays.stream(call).map(i -> lengths[i]).max().orElseThrow();
      assertThat(call.length).isLessThanOrEqualTo(8);
      assertThat(call.length == 1 || call.length * longest <= 200).isTrue();
    }
  }

  @Test
  void emptyInputHasNoCallsAndBadLimitsAreRefused() {
    assertThat(LengthBuckets.plan(new int[0], 4, 100)).isEmpty();
    assertThatThrownBy(() -> LengthBuckets.plan(new int[] {1}, 0, 100))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
