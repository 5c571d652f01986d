/**
 * Benchmarks run from the CLI (never as timed tests): each runs RewardLake's implementation side by side with the
 * plain Spark alternative in one run and prints both figures and their ratio. Results are recorded in
 * docs/BENCHMARKS.md with the command that produced them.
 */
package io.rewardlake.jobs.bench;
