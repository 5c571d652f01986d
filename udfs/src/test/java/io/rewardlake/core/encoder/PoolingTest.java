package io.rewardlake.core.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoolingTest {
  // Two rows, width 3, dim 2; row 0 has 2 real tokens, row 1 has 3. Padded positions hold values that must not count.
  private static final float[] HIDDEN = {
      1, 2, 3, 4, 100, 100,
      5, 6, 7, 8, 9, 10};

  @Test
  void meanPoolingAveragesOnlyTheRealTokensOfEachRow() {
    float[][] pooled = Pooling.MEAN.pool(HIDDEN, 2, 3, 2, new int[] {2, 3});
    assertThat(pooled[0]).containsExactly(2f, 3f);
    assertThat(pooled[1]).containsExactly(7f, 8f);
  }

  @Test
  void clsPoolingTakesTheFirstToken() {
    float[][] pooled = Pooling.CLS.pool(HIDDEN, 2, 3, 2, new int[] {2, 3});
    assertThat(pooled[0]).containsExactly(1f, 2f);
    assertThat(pooled[1]).containsExactly(5f, 6f);
  }

  @Test
  void normalizeScalesToUnitLengthAndLeavesZeroAlone() {
    float[] vector = {3, 4};
    Pooling.normalize(vector);
    assertThat(vector[0]).isCloseTo(0.6f, within(1e-7f));
    assertThat(vector[1]).isCloseTo(0.8f, within(1e-7f));
    float[] zero = {0, 0};
    Pooling.normalize(zero);
    assertThat(zero).containsExactly(0f, 0f);
  }

  @Test
  void aShapeThatDoesNotMatchTheValuesIsRefusedAndUnknownNamesListTheValidOnes() {
    assertThatThrownBy(() -> Pooling.MEAN.pool(HIDDEN, 2, 2, 2, new int[] {1, 1}))
        .hasMessageContaining("expected 2x2x2");
    assertThat(Pooling.of("cls")).isEqualTo(Pooling.CLS);
    assertThatThrownBy(() -> Pooling.of("max")).hasMessageContaining("mean or cls");
  }
}
