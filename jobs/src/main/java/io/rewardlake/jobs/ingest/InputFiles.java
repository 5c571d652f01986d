package io.rewardlake.jobs.ingest;

import io.rewardlake.jobs.Errors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Expands inputs (files, folders, globs) into a sorted list of data files; hidden files (., _) are skipped. */
final class InputFiles {
  private InputFiles() {}

  static List<FileStatus> expand(List<String> inputs, Configuration conf) {
    List<FileStatus> files = new ArrayList<>();
    for (String input : inputs) {
      files.addAll(expandOne(input, conf));
    }
    return files;
  }

  /** The inputs that name one file (no glob, not a folder), qualified as the expanded files are. */
  static Set<Path> named(List<String> inputs, Configuration conf) {
    Set<Path> named = new HashSet<>();
    for (String input : inputs) {
      if (input.matches(".*[*?\\[{].*")) {
        continue;
      }
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        if (status.isFile()) {
          named.add(status.getPath());
        }
      } catch (IOException e) {
        // Not there: expand() reports it.
      }
    }
    return named;
  }

  /** "path (bytes, modified epoch ms)" per file, for lineage. */
  static List<String> describe(List<FileStatus> files) {
    return files.stream()
        .map(f -> f.getPath() + " (" + f.getLen() + " bytes, modified " + f.getModificationTime() + ")")
        .toList();
  }

  private static List<FileStatus> expandOne(String input, Configuration conf) {
    try {
      Path pattern = new Path(input);
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(pattern);
      List<FileStatus> files = new ArrayList<>();
      for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
        files.addAll(match.isDirectory() ? listData(fs, match.getPath()) : List.of(match));
      }
      if (files.isEmpty()) {
        throw Errors.noInputMatches(input);
      }
      return files;
    } catch (IOException e) {
      throw Errors.noInputMatches(input + " (" + e.getMessage() + ")");
    }
  }

  private static List<FileStatus> listData(FileSystem fs, Path folder) throws IOException {
    return Arrays.stream(fs.listStatus(folder))
        .filter(FileStatus::isFile)
        .filter(f -> !f.getPath().getName().startsWith(".") && !f.getPath().getName().startsWith("_"))
        .sorted(Comparator.comparing(f -> f.getPath().getName()))
        .toList();
  }
}
