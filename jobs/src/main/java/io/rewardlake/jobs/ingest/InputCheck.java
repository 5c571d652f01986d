package io.rewardlake.jobs.ingest;

import io.rewardlake.core.ingest.InputSniffer;
import io.rewardlake.core.ingest.InputSniffer.Kind;
import io.rewardlake.core.ingest.InputSniffer.Verdict;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.config.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * The driver's look at every input file before Spark reads it ({@link InputSniffer} decides): listed files that are
 * not data are skipped and counted, empty files are reported, and a file in another format stops the run with the
 * flag that reads it. Reads only the head of each file (its first non-blank line, decompressed).
 *
 * @param read the files to ingest (empty ones included: they add no record)
 * @param skipped what was skipped and why
 * @param empty files without a record
 */
record InputCheck(List<FileStatus> read, List<String> skipped, List<String> empty) {
  /** Lines looked at for a first record before a file counts as blank. */
  private static final int HEAD_LINES = 1_000;

  static InputCheck of(List<FileStatus> files, Set<Path> named, String format, Configuration conf) {
    List<FileStatus> read = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (FileStatus file : files) {
      Verdict verdict = verdict(file, named.contains(file.getPath()), format, conf);
      switch (verdict.kind()) {
        case READ -> read.add(file);
        case SKIP -> skipped.add(verdict.reason());
        case EMPTY -> {
          read.add(file);
          empty.add(verdict.reason());
        }
        case WRONG_FORMAT -> wrong.add(verdict.reason());
        default -> throw new IllegalStateException(verdict.kind().name());
      }
    }
    if (!wrong.isEmpty()) {
      throw new ConfigException("Input in another format than --format " + format + ":\n  " + String.join("\n  ",
          wrong));
    }
    if (read.isEmpty()) {
      throw new ConfigException("No data file among the inputs: skipped " + String.join(", ", skipped) + ". Name the"
          + " data files, or pass the --format that reads them.");
    }
    return new InputCheck(read, skipped, empty);
  }

  private static Verdict verdict(FileStatus file, boolean named, String format, Configuration conf) {
    String name = file.getPath().getName();
    if (!named) {
      Verdict byName = InputSniffer.byName(name, format);
      if (byName.kind() != Kind.READ) {
        return byName;
      }
    }
    if ("parquet".equals(format)) {
      return new Verdict(file.getLen() == 0 ? Kind.EMPTY : Kind.READ, file.getLen() == 0 ? name + " is empty" : "");
    }
    return InputSniffer.byContent(name, format, firstLine(file.getPath(), conf));
  }

  /** The first non-blank line, decompressed; null when there is none near the start. */
  private static String firstLine(Path path, Configuration conf) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(path, conf), StandardCharsets.UTF_8))) {
      for (int i = 0; i < HEAD_LINES; i++) {
        String line = reader.readLine();
        if (line == null) {
          return null;
        }
        if (!line.isBlank()) {
          return line;
        }
      }
      return null;
    } catch (IOException e) {
      throw Errors.corruptInput(path.toString(), 0, e);
    }
  }

  /** The file's bytes, through its compression codec when its name has one (.gz, .bz2, ...). */
  static InputStream open(Path path, Configuration conf) throws IOException {
    InputStream raw = path.getFileSystem(conf).open(path);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    return codec == null ? raw : codec.createInputStream(raw);
  }

  /**
   * After Spark failed reading: the first compressed input that cannot be read to its end, with the lines that
   * could be read before the damage; null when every file reads cleanly (the failure was something else).
   */
  static io.rewardlake.jobs.RewardLakeException locateDamage(List<FileStatus> files, Configuration conf) {
    for (FileStatus file : files) {
      if (new CompressionCodecFactory(conf).getCodec(file.getPath()) == null) {
        continue;
      }
      long lines = 0;
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file.getPath(), conf),
          StandardCharsets.UTF_8))) {
        while (reader.readLine() != null) {
          lines++;
        }
      } catch (IOException e) {
        return Errors.corruptInput(file.getPath().toString(), lines, e);
      }
    }
    return null;
  }
}
