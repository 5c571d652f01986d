package io.rewardlake.jobs.bench;

import io.rewardlake.jobs.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders the benchmarks write their lakes and models to, removed when a bench ends. */
public final class ScratchFolders {
  private ScratchFolders() {}

  /** A new empty folder under the system's temporary directory. */
  public static Path create(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch folder for the bench", e);
    }
  }

  /**
   * Deletes {@code folder} deepest first; links are deleted as links, never followed (into a user's model directory,
   * say). A failure is reported on {@code stage}'s progress line, not thrown: the bench's figures are already out.
   */
  public static void deleteQuietly(Path folder, String stage) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      Progress.say(stage, "could not remove scratch folder " + folder + ": " + e.getMessage());
    }
  }
}
