package io.rewardlake.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StageMeterTest {
  @Test
  void etaAssumesTheRemainingTasksTakeAsLongAsTheFinishedOnes() {
    StageMeter meter = new StageMeter("vote: score pairs", 16, 64, 200_000, 10.0);

    assertThat(meter.etaSeconds()).isCloseTo(30.0, within(1e-9));
    assertThat(meter.rowsPerSecond()).isCloseTo(20_000, within(1e-9));
    assertThat(meter.line()).isEqualTo("vote: score pairs: 16/64 tasks, 200,000 rows, 20,000 rows/s, ETA 30 s");
  }

  @Test
  void beforeTheFirstTaskTheEtaIsUnknown() {
    StageMeter meter = new StageMeter("train", 0, 8, 0, 0);

    assertThat(meter.etaSeconds()).isNaN();
    assertThat(meter.line()).endsWith("ETA ?");
  }
}
