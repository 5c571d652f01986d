package io.rewardlake.jobs.ingest;

/**
 * How many files {@code pairs} is written in when the user did not say: every later stage reads one task per file
 * (or more), so the count decides how busy the cores stay. At least one file per core; beyond that about
 * {@code pairsPerShard} pairs per file, rounded up to whole waves of the cluster's parallelism so the last wave is
 * not one straggler with idle cores beside it. 2×10^4 pairs on 2 cores: 2 files; 10^6: 20; 10^7: 200.
 */
final class ShardCount {
  private ShardCount() {}

  static int of(long pairs, int pairsPerShard, int parallelism) {
    int cores = Math.max(1, parallelism);
    long bySize = (Math.max(0, pairs) + pairsPerShard - 1) / pairsPerShard;
    long waves = Math.max(1, (bySize + cores - 1) / cores);
    return (int) Math.min(Integer.MAX_VALUE, waves * cores);
  }
}
