package io.rewardlake.spark.judge;

import io.rewardlake.core.judge.http.MemoryReplyCache;

/**
 * The executor JVM's replies in memory, shared by its tasks: what the tasks brought from {@code judge_cache} for their
 * pairs and what they received. 20,000 replies (about 20 MB at 20 log-probabilities each) bound it: a task judges
 * its pairs right after reading them, so older entries are rarely asked for again.
 */
final class ExecutorReplyCaches {
  private static final MemoryReplyCache MEMORY = new MemoryReplyCache(20_000);

  private ExecutorReplyCaches() {}

  static MemoryReplyCache memory() {
    return MEMORY;
  }
}
