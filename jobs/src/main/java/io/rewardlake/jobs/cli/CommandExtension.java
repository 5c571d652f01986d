package io.rewardlake.jobs.cli;

import java.util.List;

/**
 * Commands that live outside the jobs jar and join the CLI when their jar is on the classpath, found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.rewardlake.jobs.cli.CommandExtension}). The bench
 * module adds the {@code bench-*} commands this way, so benchmark code never ships in the jobs or cluster jar.
 */
public interface CommandExtension {
  /** picocli command objects (classes annotated with {@code @Command}), in the order the help should list them. */
  List<Object> commands();
}
