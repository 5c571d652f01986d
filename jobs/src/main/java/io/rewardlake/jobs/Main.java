package io.rewardlake.jobs;

import io.rewardlake.jobs.cli.Cli;

/**
 * Entry point of {@code bin/rewardlake} and of {@code spark-submit --class io.rewardlake.jobs.Main}. Exit codes: 0
 * success, 2 bad usage or configuration (reported before Spark starts), 1 failure.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.execute(args));
  }
}
