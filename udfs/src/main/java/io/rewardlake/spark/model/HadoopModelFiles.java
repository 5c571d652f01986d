package io.rewardlake.spark.model;

import io.rewardlake.core.model.ModelFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

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

  private FileSystem fileSystem() throws IOException {
    return directory.getFileSystem(configuration);
  }
}
