package io.rewardlake.jobs.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolved settings: every known key with its typed value. Built from text layers applied in order, later layers
 * winning: key defaults, then the YAML file ({@code --config}), then {@code --set key=value}, then dedicated
 * command-line options.
 */
public final class Settings {
  private final Map<String, Object> values;
  private final Map<String, String> explicit;

  private Settings(Map<String, Object> values, Map<String, String> explicit) {
    this.values = values;
    this.explicit = explicit;
  }

  /** Resolves {@code layers} (each a key → text map, in increasing precedence) against {@link ConfigKeys#ALL}. */
  @SafeVarargs
  public static Settings resolve(Map<String, String>... layers) {
    Map<String, String> merged = new TreeMap<>();
    for (Map<String, String> layer : layers) {
      merged.putAll(layer);
    }
    requireKnown(merged.keySet());
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (ConfigKey<?> key : ConfigKeys.ALL) {
      String text = merged.get(key.name());
      values.put(key.name(), text == null ? key.defaultValue() : parse(key, text, problems));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException("Invalid configuration:\n  " + String.join("\n  ", problems));
    }
    return new Settings(Collections.unmodifiableMap(values), Collections.unmodifiableMap(merged));
  }

  /** Defaults only. */
  public static Settings defaults() {
    return resolve(Map.of());
  }

  @SuppressWarnings("unchecked")
  public <T> T get(ConfigKey<T> key) {
    if (!values.containsKey(key.name())) {
      throw new IllegalArgumentException("Key " + key.name() + " is not registered in ConfigKeys.ALL");
    }
    return (T) values.get(key.name());
  }

  /** True when some layer set the key (as opposed to its default). */
  public boolean isSet(ConfigKey<?> key) {
    return explicit.containsKey(key.name());
  }

  /** Explicitly set keys and their text values, sorted: the input of the run's config hash. */
  public Map<String, String> explicitValues() {
    return explicit;
  }

  private static Object parse(ConfigKey<?> key, String text, List<String> problems) {
    try {
      return key.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(key.name() + " = '" + text + "': " + e.getMessage());
      return null;
    }
  }

  private static void requireKnown(Iterable<String> names) {
    List<String> unknown = new ArrayList<>();
    names.forEach(name -> {
      if (ConfigKeys.byName(name) == null) {
        unknown.add(name);
      }
    });
    if (!unknown.isEmpty()) {
      List<String> hints = unknown.stream().map(name -> name + ": " + KeyHints.of(name, ConfigKeys.names())).toList();
      throw new ConfigException("Unknown configuration key" + (unknown.size() > 1 ? "s " : " ") + unknown + ".\n  "
          + String.join("\n  ", hints));
    }
  }
}
