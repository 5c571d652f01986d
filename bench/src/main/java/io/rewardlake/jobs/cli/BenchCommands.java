package io.rewardlake.jobs.cli;

import java.util.List;

/**
 * The bench-* commands, joined to the CLI by {@link CommandExtension}. They stay in the CLI's package so they extend
 * {@link JobCommand} (package-private: the job contract is not public API) like every other job.
 */
public final class BenchCommands implements CommandExtension {
  @Override
  public List<Object> commands() {
    return List.of(new BenchTrainCommand(), new BenchVoteCommand(), new BenchLabelCommand(),
        new BenchObjectivesCommand(), new BenchDjlCommand(), new BenchEmbedCommand(), new BenchEncodingCommand(),
        new BenchScaleCommand());
  }
}
