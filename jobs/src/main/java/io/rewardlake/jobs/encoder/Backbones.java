package io.rewardlake.jobs.encoder;

import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.lake.LakePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where backbones are: a name without a slash (e.g. {@code e5}) is a directory the build unpacked into
 * {@code <RewardLake home>/models} (the launcher sets the home; without it, {@code ./models}); anything else is a
 * directory path or URI of the user's own. Locations are qualified so they stay valid in the ensemble's metadata.
 */
public final class Backbones {
  static final String HOME_PROPERTY = "rewardlake.home";
  static final String FOLDER = "models";

  private Backbones() {}

  /** The qualified location of each named backbone, in order. */
  public static List<String> locations(List<String> names) {
    if (names.isEmpty()) {
      throw new ConfigException("train.backbones is empty: name at least one backbone, e.g. --backbones e5 (shipped: "
          + shipped() + ")");
    }
    List<String> out = new ArrayList<>();
    for (String name : names) {
      out.add(location(name));
    }
    if (out.stream().distinct().count() < out.size()) {
      throw new ConfigException("train.backbones names a backbone twice: " + names);
    }
    return out;
  }

  static String location(String name) {
    if (name.contains("/") || LakePaths.hasScheme(name)) {
      return LakePaths.qualify(name);
    }
    Path shipped = root().resolve(name);
    if (!Files.isDirectory(shipped)) {
      throw new ConfigException("no backbone '" + name + "' in " + root() + " (shipped: " + shipped() + "); name one"
          + " of those, or give the path of your own encoder folder (model.onnx, tokenizer.json, model.json)."
          + " A fresh clone gets the shipped ones from the build (mvn -B -DskipTests package).");
    }
    return shipped.toAbsolutePath().normalize().toString();
  }

  /** The folder the build unpacks the shipped backbones into. */
  public static Path root() {
    String home = System.getProperty(HOME_PROPERTY, "");
    return (home.isBlank() ? Path.of(FOLDER) : Path.of(home, FOLDER)).toAbsolutePath().normalize();
  }

  /** Names of the backbones present in {@link #root()}, i.e. folders with a model.onnx and a model.json. */
  public static List<String> shipped() {
    try (Stream<Path> folders = Files.list(root())) {
      return folders.filter(folder -> Files.isRegularFile(folder.resolve("model.json"))
              && Files.isRegularFile(folder.resolve("model.onnx")))
          .map(folder -> folder.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
