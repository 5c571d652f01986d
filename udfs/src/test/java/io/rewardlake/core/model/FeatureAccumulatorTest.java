package io.rewardlake.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureAccumulatorTest {

  @Test
  void sumsCollisionsSortsIndicesAndDropsExactZeros() {
    FeatureAccumulator out = new FeatureAccumulator();
    out.add(900, 0.5);
    out.add(3, 1.0);
    out.add(900, 0.25);
    out.add(42, 0.75);
    out.add(42, -0.75);

    SparseFeatures features = out.toSparse();
    assertThat(features.indices()).containsExactly(3, 900);
    assertThat(features.values()).containsExactly(1.0f, 0.75f);
  }

  @Test
  void growsBeyondItsInitialCapacity() {
    FeatureAccumulator out = new FeatureAccumulator();
    for (int i = 10_000; i > 0; i--) {
      out.add(i, i);
    }
    assertThat(out.toSparse().size()).isEqualTo(10_000);
  }

  @Test
  void emptyGivesEmpty() {
    assertThat(new FeatureAccumulator().toSparse()).isEqualTo(SparseFeatures.empty());
  }
}
