package io.rewardlake.core.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynthSpecTest {

  @Test
  void defaultsAreThePipelineCorpus() {
    assertThat(SynthSpec.defaults()).isEqualTo(new SynthSpec(42L, 20_000, 4, 0.2, 0.15, 4.0, 0.1));
  }

  @Test
  void acceptsTheEdgesOfEveryRange() {
    assertThat(new SynthSpec(0, 1, 2, 0.0, 1.0, 1e-9, 0.0).ambiguousRate()).isEqualTo(1.0);
    assertThat(new SynthSpec(0, 1, 2, 0.4, 0.6, 1.0, 0.999).testFraction()).isEqualTo(0.999);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0  | 4 | 0.2  | 0.15 | 4.0  | 0.1  | pairs must be >= 1, got 0",
      "10 | 1 | 0.2  | 0.15 | 4.0  | 0.1  | candidatesPerPrompt must be >= 2, got 1",
      "10 | 4 | -0.1 | 0.15 | 4.0  | 0.1  | flipRate must be in [0, 1], got -0.1",
      "10 | 4 | NaN  | 0.15 | 4.0  | 0.1  | flipRate must be in [0, 1], got NaN",
      "10 | 4 | 0.2  | 1.5  | 4.0  | 0.1  | ambiguousRate must be in [0, 1], got 1.5",
      "10 | 4 | 0.6  | 0.5  | 4.0  | 0.1  | flipRate + ambiguousRate must be <= 1, got 0.6 + 0.5",
      "10 | 4 | 0.2  | 0.15 | 0.0  | 0.1  | preferenceSharpness must be a finite number > 0, got 0.0",
      "10 | 4 | 0.2  | 0.15 | -2.0 | 0.1  | preferenceSharpness must be a finite number > 0, got -2.0",
      "10 | 4 | 0.2  | 0.15 | 4.0  | 1.0  | testFraction must be in [0, 1), got 1.0",
      "10 | 4 | 0.2  | 0.15 | 4.0  | -0.5 | testFraction must be in [0, 1), got -0.5"})
  void rejectsInvalidValuesNamingFieldAndValue(int pairs, int candidates, double flipRate, double ambiguousRate,
                                               double sharpness, double testFraction, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SynthSpec(1L, pairs, candidates, flipRate, ambiguousRate, sharpness, testFraction))
        .withMessage(message);
  }
}
