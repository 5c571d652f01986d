/**
 * Spark side of RLAIF labelling: {@link io.rewardlake.spark.judge.JudgePartition} runs a judge over a partition's
 * pairs with a sliding window of pairs in flight; {@link io.rewardlake.spark.judge.JudgeFactory} implementations build
 * the judge on the executor (the ensemble, or an OpenAI-compatible endpoint whose client is shared per JVM by
 * {@link io.rewardlake.spark.judge.ExecutorLanguageModels}).
 */
package io.rewardlake.spark.judge;
