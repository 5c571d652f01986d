package io.rewardlake.jobs.lake;

/**
 * How many shards a stage splits its pairs into when the user did not say: the files {@code ingest} writes, the
 * partitions {@code train} caches its features in. At least one per core; beyond that about {@code pairsPerShard}
 * pairs per shard, rounded up to whole waves of the cluster's parallelism so the last wave is not one straggler with
 * idle cores beside it. 2×10^4 pairs on 2 cores: 2 shards; 10^6: 20; 10^7: 200.
 */
public final class ShardCount {
  /** Pairs per shard unless configured: small enough for Spark's memory store, large enough to amortise a task. */
  public static final int DEFAULT_PAIRS_PER_SHARD = 50_000;

  private ShardCount() {}

  public static int of(long pairs, int pairsPerShard, int parallelism) {
    int cores = Math.max(1, parallelism);
    long bySize = (Math.max(0, pairs) + pairsPerShard - 1) / pairsPerShard;
    long waves = Math.max(1, (bySize + cores - 1) / cores);
    return (int) Math.min(Integer.MAX_VALUE, waves * cores);
  }
}
