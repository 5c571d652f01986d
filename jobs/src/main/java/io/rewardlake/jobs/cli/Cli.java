package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.lake.Version;
import java.io.PrintWriter;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The picocli command tree and the mapping of failures to exit codes. */
@Command(name = "rewardlake", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
    description = {"RewardLake: preference strength, cleaning, RLAIF labels and conservative rewards for RLHF data,",
        "as Spark jobs over Delta tables."},
    subcommands = {PipelineCommand.class, SynthCommand.class, IngestCommand.class, TrainCommand.class,
        VoteCommand.class, CleanCommand.class, ExportCommand.class, EvaluateCommand.class, RewardCommand.class,
        LabelCommand.class, JuryCommand.class, DecontaminateCommand.class, NearDuplicatesCommand.class,
        LengthBiasCommand.class,
        AssembleCommand.class, SqlCommand.class,
        ReportCommand.class},
    footer = {"", "Run 'rewardlake <job> --help' for a job's options.",
        "Exit codes: 0 success, 2 bad usage or configuration, 1 failure."})
public final class Cli implements Runnable {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and returns the exit code. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Cli());
    // Commands shipped outside this jar (the bench-* commands of the bench module), then help, listed last.
    for (CommandExtension extension : ServiceLoader.load(CommandExtension.class)) {
      extension.commands().forEach(cli::addSubcommand);
    }
    cli.addSubcommand(new CommandLine.HelpCommand());
    // The descriptions are written as lines of up to 118 characters; at picocli's default 80 they break mid-sentence.
    cli.setUsageHelpWidth(120);
    cli.setResourceBundle(new ConfigDefaults());
    cli.setExecutionExceptionHandler(Cli::handle);
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing job: choose one of the jobs above.");
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof ConfigException) {
      err.println("error: " + e.getMessage());
      err.println("(run 'rewardlake " + cli.getCommandName() + " --help' for options)");
      return USAGE;
    }
    if (e instanceof RewardLakeException) {
      err.println("error: " + e.getMessage());
      return FAILURE;
    }
    err.println("error: internal failure in " + cli.getCommandName() + ": " + e);
    e.printStackTrace(err);
    return FAILURE;
  }

  /** Version from the jar manifest. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"rewardlake " + Version.current()};
    }
  }
}
