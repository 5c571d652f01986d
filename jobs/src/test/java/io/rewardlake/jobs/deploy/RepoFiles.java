package io.rewardlake.jobs.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The repository's non-Java files (conf/, deploy/, notebooks-export/), found from the jobs module's folder. */
final class RepoFiles {
  /** Surefire runs in jobs/; the repository root is its parent. */
  static final Path ROOT = Paths.get("").toAbsolutePath().getParent();

  private RepoFiles() {}

  static Stream<Path> list(Path folder, String prefix, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> matching = files.filter(file -> name(file).startsWith(prefix) && name(file).endsWith(suffix))
          .sorted().toList();
      return matching.stream();
    }
  }

  static String name(Path file) {
    return file.getFileName().toString();
  }
}
