/**
 * {@code bench-embed}: how fast texts become stored embeddings, the Spark embedding path measured side by side with a
 * plain single-thread loop over the same backbone (the floor a user could write without Spark) and a Spark row UDF.
 */
package io.rewardlake.jobs.bench.embed;
