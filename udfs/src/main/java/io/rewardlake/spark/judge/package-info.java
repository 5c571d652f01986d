/**
 * Spark side of RLAIF labelling: {@link io.rewardlake.spark.judge.JudgePartition} runs a judge over a partition's
 * pairs with a sliding window of pairs in flight; {@link io.rewardlake.spark.judge.JudgeFactory} implementations build
 * the judge on the executor (the ensemble; an OpenAI-compatible endpoint whose client is shared per JVM by
 * {@link io.rewardlake.spark.judge.ExecutorLanguageModels}; or a local causal LM through DJL, loaded once per JVM
 * and device by {@link io.rewardlake.spark.judge.ExecutorDjlModels}).
 */
package io.rewardlake.spark.judge;
