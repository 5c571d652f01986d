/**
 * Driver side of RewardLake: {@link io.rewardlake.jobs.Main} (the CLI, also the spark-submit main class), user-facing
 * errors ({@link io.rewardlake.jobs.RewardLakeException}) and progress output. Each job lives in its own package
 * with a typed config record and a {@code run(SparkSession, config)} method returning a summary.
 */
package io.rewardlake.jobs;
