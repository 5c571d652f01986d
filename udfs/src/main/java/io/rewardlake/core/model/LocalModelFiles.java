package io.rewardlake.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link ModelFiles} on the local file system. */
public record LocalModelFiles(Path directory) implements ModelFiles {
  @Override
  public String location() {
    return directory.toString();
  }

  @Override
  public ModelFiles resolve(String child) {
    // Models written by Spark jobs name other directories by URI (file:/...), which Path.resolve would take as relative.
    return new LocalModelFiles(child.startsWith("file:") ? Path.of(java.net.URI.create(child))
        : directory.resolve(child));
  }

  @Override
  public boolean exists(String name) {
    return Files.exists(directory.resolve(name));
  }

  @Override
  public InputStream open(String name) throws IOException {
    return Files.newInputStream(directory.resolve(name));
  }

  @Override
  public OutputStream create(String name) throws IOException {
    Files.createDirectories(directory);
    return Files.newOutputStream(directory.resolve(name));
  }

  @Override
  public Path localDirectory() {
    return directory;
  }
}
