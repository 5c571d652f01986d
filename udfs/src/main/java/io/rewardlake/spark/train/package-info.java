/**
 * Spark adapters of ensemble training: {@link io.rewardlake.spark.train.FeaturizePairs} featurizes each pair once
 * per run, {@link io.rewardlake.spark.train.EnsembleTrainer} runs MLlib's L-BFGS with
 * {@link io.rewardlake.spark.train.EnsembleGradient} (all M members per pass) and evaluates held-out pairs. The
 * losses and bookkeeping themselves live in the pure {@code io.rewardlake.core.train} package.
 */
package io.rewardlake.spark.train;
