/**
 * Spark-side access to reward models: the model store on Hadoop-compatible file systems, so the pure
 * {@code io.rewardlake.core.model.ModelStore} reads and writes models on HDFS or object stores as well as locally.
 */
package io.rewardlake.spark.model;
