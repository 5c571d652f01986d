package io.rewardlake.spark.model;

import io.rewardlake.core.model.ModelFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/** {@link ModelFiles} on any Hadoop-compatible file system (local, HDFS, S3A, ABFS, GCS). */
public final class HadoopModelFiles implements ModelFiles {
  private final Path directory;
  private final Configuration configuration;

  public HadoopModelFiles(String directory, Configuration configuration) {
    this(new Path(directory), configuration);
  }

  private HadoopModelFiles(Path directory, Configuration configuration) {
    this.directory = directory;
    this.configuration = configuration;
  }

  @Override
  public String location() {
    return directory.toString();
  }

  @Override
  public ModelFiles resolve(String child) {
    return new HadoopModelFiles(new Path(directory, child), configuration);
  }

  @Override
  public boolean exists(String name) throws IOException {
    return fileSystem().exists(new Path(directory, name));
  }

  @Override
  public InputStream open(String name) throws IOException {
    return fileSystem().open(new Path(directory, name));
  }

  @Override
  public OutputStream create(String name) throws IOException {
    return fileSystem().create(new Path(directory, name), true);
  }

  /**
   * The directory itself on a local file system; otherwise a copy under {@code java.io.tmpdir}, keyed by the
   * directory's URI (model directories are never rewritten, so one copy per JVM and path is enough). The copy is made
   * in a fresh directory and renamed into place, so concurrent tasks never see a half-copied model.
   */
  @Override
  public java.nio.file.Path localDirectory() throws IOException {
    FileSystem fileSystem = fileSystem();
    if (fileSystem instanceof LocalFileSystem || fileSystem instanceof RawLocalFileSystem) {
      return java.nio.file.Path.of(fileSystem.makeQualified(directory).toUri());
    }
    java.nio.file.Path cache = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "rewardlake-models",
        UUID.nameUUIDFromBytes(fileSystem.makeQualified(directory).toString().getBytes(StandardCharsets.UTF_8))
            .toString());
    synchronized (HadoopModelFiles.class) {
      if (!Files.isDirectory(cache)) {
        java.nio.file.Path partial = java.nio.file.Path.of(cache + ".partial-" + UUID.randomUUID());
        fileSystem.copyToLocalFile(false, directory, new Path(partial.toUri()), true);
        Files.createDirectories(cache.getParent());
        Files.move(partial, cache, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    }
    return cache;
  }

  private FileSystem fileSystem() throws IOException {
    return directory.getFileSystem(configuration);
  }
}
