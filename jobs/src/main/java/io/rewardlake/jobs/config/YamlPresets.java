package io.rewardlake.jobs.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * YAML documents a user names either as a preset shipped in the jar ({@code /<folder>/<name>.yaml}) or as a local
 * file: cleaning policies, judge templates. Both are read before Spark starts, so a bad one is a usage error (exit 2).
 *
 * @param kind what the documents are, for messages ("policy", "template")
 * @param folder the resource folder of the presets
 * @param presets preset names, default first
 * @param showCommand the CLI command that prints a preset, for the "start from a preset" hint
 */
public record YamlPresets(String kind, String folder, List<String> presets, String showCommand) {
  public YamlPresets {
    presets = List.copyOf(presets);
  }

  /** The preset named {@code nameOrPath}, else the YAML file at that path, parsed by {@code parse(yaml, origin)}. */
  public <T> T load(String nameOrPath, BiFunction<String, String, T> parse) {
    if (presets.contains(nameOrPath)) {
      return parse.apply(presetYaml(nameOrPath), "preset " + nameOrPath);
    }
    Path file = Path.of(nameOrPath);
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(capitalised() + " '" + nameOrPath + "' is neither a preset " + presets
          + " nor an existing YAML file. `" + showCommand + " " + presets.get(0) + " > my-" + kind + ".yaml` writes"
          + " one to start from.");
    }
    try {
      return parse.apply(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new ConfigException("Cannot read " + kind + " file " + file + ": " + e.getMessage());
    }
  }

  /** The preset's YAML text, comments included. */
  public String presetYaml(String name) {
    if (!presets.contains(name)) {
      throw new ConfigException("Unknown " + kind + " preset '" + name + "'; presets: " + presets);
    }
    String resource = "/" + folder + "/" + name + ".yaml";
    try (InputStream in = YamlPresets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + resource + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + resource, e);
    }
  }

  /** Where {@code nameOrPath} comes from, for summaries: "preset NAME" or the file's absolute path. */
  public String source(String nameOrPath) {
    return presets.contains(nameOrPath) ? "preset " + nameOrPath : "file " + Path.of(nameOrPath).toAbsolutePath();
  }

  private String capitalised() {
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
  }
}
