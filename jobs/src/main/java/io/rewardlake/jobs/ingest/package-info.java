/**
 * The {@code ingest} job: reads input files (hh-rlhf, generic JSONL, Parquet), turns every record into an accepted
 * pair or a reject with a reason, files every label in {@code annotations}, writes one {@code pairs} row per
 * {@code pair_id} (sharded into evenly sized files by pair_id hash) labelled with the mean of all its annotations,
 * and writes {@code rejects}. Every record read is accounted for in the summary:
 * read = new + already in the lake + duplicates + rejected.
 */
package io.rewardlake.jobs.ingest;
