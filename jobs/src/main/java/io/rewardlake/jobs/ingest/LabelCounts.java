package io.rewardlake.jobs.ingest;

/**
 * Pairs this ingest labelled that now hold several labels ({@code pairs.annotations} above 1), and those of them
 * whose labels do not all agree.
 */
record LabelCounts(long severalLabels, long disagreeing) {}
