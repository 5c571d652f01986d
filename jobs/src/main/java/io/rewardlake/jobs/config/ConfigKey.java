package io.rewardlake.jobs.config;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One setting: a dotted name (the YAML path), its default, how to parse a text value, and help.
 *
 * <p>Parsers validate too: they throw {@link IllegalArgumentException} with a message that says what is allowed,
 * and {@link Settings} adds the key name and the offending value.
 */
public record ConfigKey<T>(String name, T defaultValue, Function<String, T> parser, String help) {

  public ConfigKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(help, "help");
  }

  /** The words this key accepts (each item, for a list key), or empty when any value of its type is allowed. */
  public List<String> allowedValues() {
    if (parser instanceof Parsers.Choice choice) {
      return choice.allowed();
    }
    return parser instanceof Parsers.ListOf list ? list.allowed() : List.of();
  }

  /** The default as a user would write it in YAML or {@code --set}: lists comma-separated. */
  public String defaultText() {
    return defaultValue instanceof List<?> list
        ? String.join(",", list.stream().map(String::valueOf).toList())
        : String.valueOf(defaultValue);
  }

  T parse(String text) {
    return parser.apply(text.strip());
  }
}
