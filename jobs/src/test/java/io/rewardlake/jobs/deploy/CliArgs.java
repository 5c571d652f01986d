package io.rewardlake.jobs.deploy;

import io.rewardlake.jobs.cli.Cli;
import java.util.List;
import picocli.CommandLine;

/** Checks that a RewardLake command line (job and options) is one our CLI accepts, without running it. */
final class CliArgs {
  private CliArgs() {}

  /** Parses the arguments with the real command tree; returns the job name. Unknown jobs or options throw. */
  static String parse(List<String> args) {
    CommandLine.ParseResult result = new CommandLine(new Cli()).parseArgs(args.toArray(String[]::new));
    if (!result.hasSubcommand()) {
      throw new IllegalArgumentException("no job in " + args);
    }
    return result.subcommand().commandSpec().name();
  }

  /** Airflow templates ({{ params.lake }}) become a plain value, as Airflow renders them before submitting. */
  static List<String> rendered(List<String> args) {
    return args.stream().map(arg -> arg.replaceAll("\\{\\{[^}]*}}", "value")).toList();
  }
}
