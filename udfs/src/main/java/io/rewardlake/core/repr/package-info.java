/**
 * Representation-based reward models (Secrets of RLHF Part II, section 5), pure Java: a hidden layer over the
 * hashed features, r(x, y) = w · f + u · tanh(W f + b), with hand-derived gradients for
 * <ul>
 *   <li>the Bradley–Terry pair loss ({@link io.rewardlake.core.train.PairLoss}) through the network,</li>
 *   <li>{@link io.rewardlake.core.repr.InfoNce}: SimCSE-style contrastive learning on the pair's difference
 *       representation h(chosen) − h(rejected), two {@link io.rewardlake.core.repr.FeatureDropout} views as
 *       positives and the other pairs of the batch as negatives,</li>
 *   <li>{@link io.rewardlake.core.repr.DifferenceLoss}: MetaRM's unsupervised "difference loss" over responses of
 *       one prompt from a shifted distribution, and {@link io.rewardlake.core.repr.MetaStep}, the first-order meta
 *       update built on it.</li>
 * </ul>
 * Parameters of all M members of an ensemble are one array, member-major ({@link io.rewardlake.core.model.MlpShape}
 * gives the offsets inside a member), so one pass over a batch updates every member. Gradients are checked against
 * finite differences in the tests. No Spark here: the Spark adapters live in {@code io.rewardlake.spark.train}.
 */
package io.rewardlake.core.repr;
