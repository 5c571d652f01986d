/**
 * Spark adapters of ensemble training: {@link io.rewardlake.spark.train.FeaturizePairs} featurizes each pair once
 * per run, {@link io.rewardlake.spark.train.EnsembleTrainer} runs MLlib's L-BFGS with
 * {@link io.rewardlake.spark.train.EnsembleGradient} (all M members per pass) and evaluates held-out pairs. The
 * hidden-layer family ({@code train --objective contrastive|metarm|...}) is trained by
 * {@link io.rewardlake.spark.train.RepresentationTrainer}: {@link io.rewardlake.spark.train.FeaturizeSides} keeps
 * both responses' features, every step is a synchronous treeAggregate of all members' gradients followed by one Adam
 * step on the driver. The losses and bookkeeping themselves live in the pure {@code io.rewardlake.core.train} and
 * {@code io.rewardlake.core.repr} packages.
 */
package io.rewardlake.spark.train;
