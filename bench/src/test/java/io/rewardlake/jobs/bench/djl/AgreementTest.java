package io.rewardlake.jobs.bench.djl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AgreementTest {
  @Test
  void differencesWithinTheToleranceAgree() {
    Agreement agreement = Agreement.of(Map.of("a", 1.0, "b", -0.5, "c", 2.0),
        Map.of("a", 1.0 + 2e-5, "b", -0.5, "c", 2.0 - 3e-6));

    assertThat(agreement.agrees()).isTrue();
    assertThat(agreement.compared()).isEqualTo(3);
    assertThat(agreement.missing()).isZero();
    assertThat(agreement.worstPair()).isEqualTo("a");
    assertThat(agreement.maxAbsDifference()).isCloseTo(2e-5, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aLargerDifferenceAMissingPairOrNaNFails() {
    assertThat(Agreement.of(Map.of("a", 1.0, "b", 0.0), Map.of("a", 1.0, "b", 0.001)).agrees()).isFalse();

    Agreement missing = Agreement.of(Map.of("a", 1.0, "b", 0.0), Map.of("a", 1.0, "c", 0.0));
    assertThat(missing.missing()).isEqualTo(2);
    assertThat(missing.agrees()).isFalse();

    Agreement nan = Agreement.of(Map.of("a", Double.NaN, "b", 5.0), Map.of("a", 1.0, "b", 0.0));
    assertThat(nan.maxAbsDifference()).isNaN();
    assertThat(nan.worstPair()).isEqualTo("a");
    assertThat(nan.compared()).isEqualTo(2);
    assertThat(nan.agrees()).isFalse();

    assertThat(Agreement.of(Map.of(), Map.of()).agrees()).as("nothing compared proves nothing").isFalse();
  }
}
