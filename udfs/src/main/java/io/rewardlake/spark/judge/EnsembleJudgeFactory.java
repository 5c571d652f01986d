package io.rewardlake.spark.judge;

import io.rewardlake.core.judge.EnsembleJudge;
import io.rewardlake.core.judge.PairJudge;
import io.rewardlake.spark.vote.EnsembleHandle;
import java.util.Objects;

/** The offline judge: the ensemble loaded once per executor JVM (shared with {@code vote} and {@code reward}). */
public final class EnsembleJudgeFactory implements JudgeFactory {
  private static final long serialVersionUID = 1L;

  private final EnsembleHandle ensemble;
  private final String ensembleId;
  private final int batchSize;

  public EnsembleJudgeFactory(EnsembleHandle ensemble, String ensembleId, int batchSize) {
    this.ensemble = Objects.requireNonNull(ensemble, "ensemble");
    this.ensembleId = Objects.requireNonNull(ensembleId, "ensembleId");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.batchSize = batchSize;
  }

  @Override
  public PairJudge judge() {
    return new EnsembleJudge(ensemble.scorer(), ensembleId);
  }

  @Override
  public int batchSize() {
    return batchSize;
  }

  @Override
  public int window() {
    return batchSize;
  }
}
