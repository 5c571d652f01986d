/**
 * Pure training logic of the built-in reward models, no Spark: the Bradley–Terry pair loss with soft targets,
 * margins and weights ({@link io.rewardlake.core.train.PairLoss}), the all-members-at-once objective over
 * feature-major packed weights ({@link io.rewardlake.core.train.EnsembleObjective}), the hash rules that give every
 * member its training subset ({@link io.rewardlake.core.train.TrainingSubsets}), and held-out metrics
 * ({@link io.rewardlake.core.train.Evaluation}).
 *
 * <p>Usage (what the Spark trainer does per pair and iteration):
 * <pre>{@code
 * TrainingSubsets subsets = new TrainingSubsets(SubsetScheme.KFOLD, 10, 5, 42);
 * byte[] counts = subsets.multiplicities(pairId);             // 0 = member holds the pair out
 * EnsembleObjective objective = EnsembleObjective.scaledFor(pairs, memberWeightTotals);
 * PairBlock block = new PairBlock.Builder(10).add(example).build(); // what the trainer caches
 * double loss = block.accumulate(objective, null, labelSmoothing, w, gradient);
 * }</pre>
 */
package io.rewardlake.core.train;
