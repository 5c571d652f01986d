package io.rewardlake.core.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynthMathTest {

  @Test
  void format6AgreesWithTheFormatterInLocaleRoot() {
    SplitMix64 rng = new SplitMix64(1L);
    IntStream.range(0, 20_000).mapToDouble(i -> rng.nextGaussian() * Math.pow(10, rng.nextInt(5) - 2))
        .forEach(x -> assertThat(SynthMath.format6(x)).isEqualTo(String.format(Locale.ROOT, "%.6f", x)));
  }

  @ParameterizedTest
  @CsvSource({"0.0, 0.000000", "-0.0, 0.000000", "-0.0000001, 0.000000", "0.0000005, 0.000001",
      "-1.5, -1.500000", "12.3456789, 12.345679"})
  void format6PrintsSixDecimalsAndNoNegativeZero(double x, String expected) {
    assertThat(SynthMath.format6(x)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 000000", "42, 000042", "999999, 999999", "1234567, 1234567"})
  void zeroPad6PadsToSixDigits(int n, String expected) {
    assertThat(SynthMath.zeroPad6(n)).isEqualTo(expected);
  }

  @Test
  void round6AndSigmoid() {
    assertThat(SynthMath.round6(0.12345649)).isEqualTo(0.123456);
    assertThat(SynthMath.sigmoid(0.0)).isEqualTo(0.5);
    assertThat(SynthMath.sigmoid(2.0) + SynthMath.sigmoid(-2.0)).isCloseTo(1.0, within(1e-15));
  }
}
