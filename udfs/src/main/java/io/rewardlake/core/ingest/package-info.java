/**
 * Record-level ingestion: turning one raw input record (a JSONL line, a Parquet row) into either an accepted
 * {@link io.rewardlake.core.ingest.ParsedPair} or a {@link io.rewardlake.core.ingest.RecordResult.Rejected} with a
 * {@link io.rewardlake.core.ingest.RejectReason}. Nothing here drops a record: every input yields exactly one result.
 *
 * <p>Formats: {@code hh-rlhf} (Anthropic transcripts, {@link io.rewardlake.core.ingest.HhRlhfRecordParser}) and the
 * generic record contract ({@link io.rewardlake.core.ingest.GenericRecordParser}), which Parquet rows
 * are mapped onto. Pure Java (Jackson for JSON); no Spark import.
 */
package io.rewardlake.core.ingest;
