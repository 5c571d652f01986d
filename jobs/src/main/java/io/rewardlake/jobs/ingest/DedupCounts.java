package io.rewardlake.jobs.ingest;

/** Duplicates within one input, and how many of them disagreed with the first occurrence's label. */
record DedupCounts(long duplicates, long conflicting) {}
