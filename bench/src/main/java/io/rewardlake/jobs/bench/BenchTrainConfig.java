package io.rewardlake.jobs.bench;

import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.train.TrainConfig;
import io.rewardlake.spark.train.OptimizerSettings;
import java.util.Objects;

/**
 * Settings of {@code bench-train}: the train settings (members, folds, features, optimiser) plus the evaluation
 * mode.
 *
 * @param train the train settings both sides share (features, λ, iterations, members, folds, seed, splits)
 * @param crossValidationFolds 0: evaluate on the splits not trained on; K ≥ 2: K-fold cross-validation over all
 *     pairs (for corpora with a single split, such as an HH-RLHF test file)
 * @param warmup run both sides once, untimed, with a few iterations first (JIT and Spark warm-up)
 * @param baselineIterations MLlib's iteration cap
 */
public record BenchTrainConfig(TrainConfig train, int crossValidationFolds, boolean warmup, int baselineIterations) {
  public BenchTrainConfig {
    Objects.requireNonNull(train, "train");
    if (crossValidationFolds == 1 || crossValidationFolds < 0) {
      throw new ConfigException("--cv-folds must be 0 (use the test split) or at least 2, got "
          + crossValidationFolds);
    }
  }

  FeaturizerSpec featurizer() {
    return train.featurizer();
  }

  OptimizerSettings optimizer() {
    return train.optimizer();
  }
}
