/**
 * The {@code ingest} job: reads input files (hh-rlhf, generic JSONL, Parquet), turns every record into an accepted
 * pair or a reject with a reason, removes duplicates by {@code pair_id}, and writes {@code pairs} (sharded into
 * evenly sized files by pair_id hash) and {@code rejects}. Every record read is accounted for in the summary:
 * read = new + already in the lake + duplicates + rejected.
 */
package io.rewardlake.jobs.ingest;
