package io.rewardlake.jobs.bench.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VectorAgreementTest {
  @Test
  void theLowestCosineDecidesAndScaleDoesNotMatter() {
    VectorAgreement same = VectorAgreement.of(List.of("a", "b"), List.of(new float[] {1, 0}, new float[] {0, 1}),
        Map.of("a", new float[] {3, 0}, "b", new float[] {0, 0.5f}));
    assertThat(same.agrees()).isTrue();
    assertThat(same.compared()).isEqualTo(2);

    VectorAgreement turned = VectorAgreement.of(List.of("a", "b"), List.of(new float[] {1, 0}, new float[] {0, 1}),
        Map.of("a", new float[] {1, 0}, "b", new float[] {0.1f, 1}));
    assertThat(turned.lowestCosine()).isCloseTo(1 / Math.sqrt(1.01), within(1e-6));
    assertThat(turned.agrees()).as("cos 0.995 is below the tolerance").isFalse();
  }

  @Test
  void aMissingTextOrNothingComparedIsNoAgreement() {
    assertThat(VectorAgreement.of(List.of("a"), List.of(new float[] {1}), Map.of()).agrees()).isFalse();
    assertThat(VectorAgreement.of(List.of(), List.of(), Map.of()).agrees()).isFalse();
    assertThat(VectorAgreement.cosine(new float[] {1, 2}, new float[] {1})).isEqualTo(-1);
  }
}
