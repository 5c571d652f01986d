/**
 * Spark adapters of ensemble training: {@link io.rewardlake.spark.train.FeaturizePairs} featurizes each pair once
 * per run and {@link io.rewardlake.spark.train.EnsembleTrainer#pack} packs the pairs into cached
 * {@link io.rewardlake.core.train.PairBlock}s; {@link io.rewardlake.spark.train.EnsembleTrainer} runs the project's
 * L-BFGS ({@link io.rewardlake.core.optim.Lbfgs}) with one {@link io.rewardlake.spark.train.BlockGradient} pass
 * (all M members at once) per evaluation, and evaluates held-out pairs over the same blocks. The
 * hidden-layer family ({@code train --objective contrastive|metarm|...}) is trained by
 * {@link io.rewardlake.spark.train.RepresentationTrainer}: {@link io.rewardlake.spark.train.FeaturizeSides} keeps
 * both responses' features, every step is a synchronous treeAggregate of all members' gradients followed by one Adam
 * step on the driver. The losses and bookkeeping themselves live in the pure {@code io.rewardlake.core.train} and
 * {@code io.rewardlake.core.repr} packages.
 */
package io.rewardlake.spark.train;
