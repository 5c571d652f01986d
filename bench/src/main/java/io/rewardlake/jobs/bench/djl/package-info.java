/**
 * {@code bench-djl}: throughput of a DJL reward model scored through the vote path (batched, length-bucketed model
 * calls) against the same model in a plain row UDF (one sequence per call), on the same cached pairs, with a check
 * that both give the same reward differences. The executor functions and the pure pieces (token tally, agreement,
 * report lines) are split so the pure ones are unit-tested without Spark or a model.
 */
package io.rewardlake.jobs.bench.djl;
