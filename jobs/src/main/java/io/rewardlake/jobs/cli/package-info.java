/**
 * The command line ({@code bin/rewardlake <job> [options]}, also the spark-submit entry point): one picocli command
 * per job. Commands only collect options into setting layers, resolve them into typed configs (usage and config
 * errors exit with code 2 before Spark starts), start Spark, call the job's {@code run} and print its summary.
 */
package io.rewardlake.jobs.cli;
