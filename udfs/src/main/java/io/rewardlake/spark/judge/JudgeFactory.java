package io.rewardlake.spark.judge;

import io.rewardlake.core.judge.PairJudge;
import java.io.Serializable;

/**
 * What a task needs to build its judge: small and serializable; the expensive parts (an HTTP client with its request
 * gate, a loaded ensemble) are created on the executor, once per JVM, and shared by its tasks.
 */
public interface JudgeFactory extends Serializable {
  /** The judge, built or fetched from this JVM's cache. */
  PairJudge judge();

  /**
   * The judge with its requests going through {@code cache}; judges that send no requests (the ensemble, a local
   * model) ignore it.
   */
  default PairJudge judge(io.rewardlake.core.judge.http.ReplyCache cache) {
    return judge();
  }

  /** Pairs handed to the judge at once (the ensemble scores in batches; an LLM judge takes pairs one by one). */
  int batchSize();

  /** Pairs in flight per task. */
  int window();
}
