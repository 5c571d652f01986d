package io.rewardlake.jobs.lake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShardCountTest {
  @Test
  void smallCorporaGetOneFilePerCore() {
    assertThat(ShardCount.of(0, 50_000, 2)).isEqualTo(2);
    assertThat(ShardCount.of(20_000, 50_000, 2)).isEqualTo(2);
    assertThat(ShardCount.of(20_000, 50_000, 16)).isEqualTo(16);
  }

  @Test
  void largeCorporaGetFilesOfAboutTheShardSizeInWholeWaves() {
    assertThat(ShardCount.of(1_000_000, 50_000, 2)).isEqualTo(20);
    assertThat(ShardCount.of(10_000_000, 50_000, 2)).isEqualTo(200);
    assertThat(ShardCount.of(1_000_001, 50_000, 2)).isEqualTo(22);   // 21 by size, rounded up to a full wave
    assertThat(ShardCount.of(1_000_000, 50_000, 64)).isEqualTo(64);
    assertThat(ShardCount.of(10_000_000, 50_000, 64)).isEqualTo(256);
  }

  @Test
  void aMissingParallelismCountsAsOneCore() {
    assertThat(ShardCount.of(120_000, 50_000, 0)).isEqualTo(3);
  }
}
