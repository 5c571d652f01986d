/**
 * The {@code decontaminate} job: flags the pairs whose prompt shares a long word n-gram with a benchmark's prompts
 * into the {@code contamination} table, which {@code clean} drops them by. The comparison is a hash join of n-grams
 * on the executors; nothing loops over pairs on the driver.
 */
package io.rewardlake.jobs.decontaminate;
