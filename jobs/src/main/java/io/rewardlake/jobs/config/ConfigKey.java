package io.rewardlake.jobs.config;

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

  T parse(String text) {
    return parser.apply(text.strip());
  }
}
