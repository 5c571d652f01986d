package io.rewardlake.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SparseFeaturesTest {
  private final SparseFeatures a = new SparseFeatures(new int[] {1, 3, 4}, new float[] {1f, 2f, -1f});
  private final SparseFeatures b = new SparseFeatures(new int[] {0, 3, 4}, new float[] {5f, 2f, 1f});

  @Test
  void minusMergesIndicesAndDropsExactCancellations() {
    assertThat(a.minus(b)).isEqualTo(new SparseFeatures(new int[] {0, 1, 4}, new float[] {-5f, 1f, -2f}));
    assertThat(a.minus(a).size()).isZero();
  }

  @Test
  void packedScoringEqualsScoringEachMemberAlone() {
    double[] member0 = {0.5, -1, 2, 0.25, 3};
    double[] member1 = {-2, 0.5, 1, -1, 0};
    double[] packed = new double[10];
    for (int i = 0; i < 5; i++) {
      packed[i * 2] = member0[i];
      packed[i * 2 + 1] = member1[i];
    }
    double[] out = new double[2];
    a.dotPacked(packed, 2, out);
    assertThat(out[0]).isCloseTo(a.dot(member0), within(1e-12));
    assertThat(out[1]).isCloseTo(a.dot(member1), within(1e-12));
    assertThat(a.dot(member0)).isCloseTo(-1 + 0.5 - 3, within(1e-12));
  }

  @Test
  void addPackedAddsEachMembersCoefficientTimesTheFeatures() {
    double[] packed = new double[10];
    a.addPacked(new double[] {2, -1}, 2, packed);
    assertThat(packed).containsExactly(0, 0, 2, -1, 0, 0, 4, -2, -2, 1);
  }

  @Test
  void indicesMustBeStrictlyIncreasing() {
    assertThatThrownBy(() -> new SparseFeatures(new int[] {2, 2}, new float[] {1, 1}))
        .hasMessageContaining("strictly increasing");
  }
}
