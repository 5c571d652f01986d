package io.rewardlake.core.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class JuryVerdictTest {
  @Test
  void meanLogOddsWeighsAConfidentJudgeMoreThanTheMean() {
    JuryVerdict verdict = JuryVerdict.of(new double[] {0.9, 0.4});
    assertThat(verdict.pAMean()).isCloseTo(0.65, within(1e-12));
    // logit 0.9 = ln 9, logit 0.4 = ln(2/3): mean ln(sqrt(6)), sigmoid sqrt(6) / (1 + sqrt(6))
    assertThat(verdict.pALogOdds()).isCloseTo(Math.sqrt(6) / (1 + Math.sqrt(6)), within(1e-12));
    assertThat(verdict.agreement()).isEqualTo(0.5);
    assertThat(verdict.logOdds()[0]).isCloseTo(Math.log(9), within(1e-12));
    assertThat(verdict.logOdds()[1]).isCloseTo(Math.log(2.0 / 3), within(1e-12));
  }

  @Test
  void agreementCountsTheMajoritySideAndCertaintyIsClamped() {
    assertThat(JuryVerdict.of(new double[] {0.7, 0.8, 0.2}).agreement()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(JuryVerdict.of(new double[] {0.5, 0.5}).agreement()).isZero();
    assertThat(JuryVerdict.of(new double[] {1.0, 0.0}).pALogOdds()).isCloseTo(0.5, within(1e-9));
    assertThat(JuryVerdict.logit(1.0)).isFinite().isCloseTo(Math.log((1 - 1e-6) / 1e-6), within(1e-9));
    assertThatThrownBy(() -> JuryVerdict.of(new double[] {1.2})).hasMessageContaining("probability");
    assertThatThrownBy(() -> JuryVerdict.of(new double[0])).hasMessageContaining("at least one");
  }
}
