package io.rewardlake.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A directory of model files on some file system. The core reads and writes models only through this interface, so
 * the same store code serves local folders ({@link LocalModelFiles}) and any Hadoop-compatible path (HDFS, S3, ...),
 * whose implementation lives with the Spark adapters.
 */
public interface ModelFiles {
  /** Where the directory is, as the user would write it (for messages and the {@code models.path} column). */
  String location();

  /** A subdirectory (which need not exist yet). */
  ModelFiles resolve(String child);

  boolean exists(String name) throws IOException;

  InputStream open(String name) throws IOException;

  /** Creates or replaces a file, creating missing parent directories. */
  OutputStream create(String name) throws IOException;

  /**
   * The directory on the local disk, for native engines that only open local files (DJL models): the directory
   * itself when it is local, else a copy in the executor's temporary space, made once per JVM.
   */
  java.nio.file.Path localDirectory() throws IOException;
}
