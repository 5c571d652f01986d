/**
 * Spark side of the encoder family: backbones loaded once per executor JVM ({@link
 * io.rewardlake.spark.encoder.BackboneHandle}), texts embedded per partition in length-bucketed batches ({@link
 * io.rewardlake.spark.encoder.EmbedPartition}), and cached embeddings turned into training examples ({@link
 * io.rewardlake.spark.encoder.EmbeddedPairs}).
 */
package io.rewardlake.spark.encoder;
