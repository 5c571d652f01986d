package io.rewardlake.core.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexPermutationTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 17, 64, 65, 1000, 20_000})
  void isABijectionOnItsRange(int size) {
    IndexPermutation permutation = new IndexPermutation(42L, size);
    assertThat(IntStream.range(0, size).map(permutation::permute).sorted().toArray())
        .containsExactly(IntStream.range(0, size).toArray());
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 20_000})
  void differentKeysGiveDifferentOrders(int size) {
    int[] first = IntStream.range(0, size).map(new IndexPermutation(1L, size)::permute).toArray();
    int[] second = IntStream.range(0, size).map(new IndexPermutation(2L, size)::permute).toArray();
    assertThat(first).isNotEqualTo(second).isNotEqualTo(IntStream.range(0, size).toArray());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -3})
  void rejectsAnEmptyRange(int size) {
    assertThatIllegalArgumentException().isThrownBy(() -> new IndexPermutation(1L, size))
        .withMessage("size must be >= 1, got " + size);
  }
}
