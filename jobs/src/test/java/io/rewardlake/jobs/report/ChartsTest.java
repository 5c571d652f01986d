package io.rewardlake.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scatter dots fade as they multiply; line charts render with any number of series. */
class ChartsTest {
  @Test
  void dotsGetFainterTheMoreThereAreButNeverVanish() {
    Color blue = new Color(0, 114, 178);

    assertThat(Charts.translucent(blue, 100).getAlpha()).isEqualTo(255);
    assertThat(Charts.translucent(blue, 1_000).getAlpha()).isEqualTo(51);
    assertThat(Charts.translucent(blue, 1_000_000).getAlpha()).isEqualTo(25);
    assertThat(Charts.translucent(blue, 4_000).getRGB() & 0xFFFFFF).isEqualTo(blue.getRGB() & 0xFFFFFF);
  }

  @Test
  void moreSeriesThanColoursStillRender() {
    Map<String, List<double[]>> series = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 9; i++) {
      series.put("s" + i, List.of(new double[] {1, i}, new double[] {2, i + 1}));
    }

    String png = Charts.lines("t", "N", "y", series, true);

    assertThat(Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1))).startsWith(0x89, 'P', 'N', 'G');
  }
}
