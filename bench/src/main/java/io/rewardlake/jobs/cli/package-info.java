/**
 * The bench-* commands: thin picocli commands over {@code io.rewardlake.jobs.bench}, in the CLI's package (split
 * across the jobs and bench jars on purpose, see {@link io.rewardlake.jobs.cli.BenchCommands}).
 */
package io.rewardlake.jobs.cli;
