/**
 * The {@code train} job: reads {@code pairs} or {@code pairs_clean}, trains a built-in reward-model ensemble with
 * Spark (L-BFGS over cached packed pairs, all members per pass), writes it to the model store and its members with held-out metrics to
 * {@code models}. Entry point: {@link io.rewardlake.jobs.train.TrainJob#run}.
 */
package io.rewardlake.jobs.train;
