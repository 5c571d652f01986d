package io.rewardlake.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CacheSizeTest {
  @Test
  void aCacheInMemorySaysSoWithItsSizePerPair() {
    assertThat(new CacheSize(212_000_000, 0).describe(100_000))
        .isEqualTo("cache 212 MB, 2120 bytes per pair, all in memory");
  }

  @Test
  void aSpilledCacheSaysHowMuchIsOnDiskAndWhatWouldKeepItIn() {
    assertThat(new CacheSize(2_015_000_000L, 106_000_000).describe(1_000_000))
        .isEqualTo("cache 2121 MB, 2121 bytes per pair, 106 MB of it spilled to disk (more memory would keep it in)");
  }

  @Test
  void noPairsMeansNoBytesPerPairRatherThanADivisionByZero() {
    assertThat(new CacheSize(0, 0).describe(0)).isEqualTo("cache 0 MB, 0 bytes per pair, all in memory");
  }
}
