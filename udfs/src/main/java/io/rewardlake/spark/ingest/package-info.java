/**
 * Spark adapters for ingestion: partition functions that feed raw records (JSONL lines with their line numbers,
 * Parquet rows with their row index) through the pure {@link io.rewardlake.core.ingest} core and emit one staging row
 * per record, accepted or rejected ({@link io.rewardlake.spark.ingest.StagingRows}). The driver-side job splits the
 * staging rows into the {@code annotations}, {@code pairs} and {@code rejects} tables; {@link
 * io.rewardlake.spark.ingest.LabelConsensus} combines a pair's labels.
 */
package io.rewardlake.spark.ingest;
