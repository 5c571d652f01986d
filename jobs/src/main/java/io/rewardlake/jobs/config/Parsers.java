package io.rewardlake.jobs.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Value parsers with validation for {@link ConfigKey}s; messages say what is allowed. */
final class Parsers {
  private Parsers() {}

  static Function<String, String> text() {
    return value -> value;
  }

  static Function<String, String> choice(List<String> allowed) {
    return new Choice(List.copyOf(allowed));
  }

  /** One of a fixed set of words; a record so the configuration reference can list the words. */
  record Choice(List<String> allowed) implements Function<String, String> {
    @Override
    public String apply(String value) {
      if (!allowed.contains(value)) {
        throw new IllegalArgumentException("expected one of " + allowed);
      }
      return value;
    }
  }

  /** {@code true} or {@code false}, in any case (YAML booleans arrive as these words). */
  static Function<String, Boolean> bool() {
    return value -> switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }

  static Function<String, Integer> intAtLeast(int min) {
    return value -> {
      int parsed = number(value, Integer::parseInt, "a whole number");
      if (parsed < min) {
        throw new IllegalArgumentException("expected a whole number >= " + min);
      }
      return parsed;
    };
  }

  static Function<String, Integer> intIn(int min, int max) {
    return value -> {
      int parsed = number(value, Integer::parseInt, "a whole number");
      if (parsed < min || parsed > max) {
        throw new IllegalArgumentException("expected a whole number in [" + min + ", " + max + "]");
      }
      return parsed;
    };
  }

  /** Names that end up in paths and SQL predicates: letters, digits, '.', '_' and '-', starting with a letter or digit. */
  static Function<String, String> identifier() {
    return value -> {
      if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
        throw new IllegalArgumentException("expected letters, digits, '.', '_' or '-' (at most 100, starting with a"
            + " letter or digit)");
      }
      return value;
    };
  }

  static Function<String, Long> anyLong() {
    return value -> number(value, Long::parseLong, "a whole number");
  }

  static Function<String, Long> longAtLeast(long min) {
    return value -> {
      long parsed = number(value, Long::parseLong, "a whole number");
      if (parsed < min) {
        throw new IllegalArgumentException("expected a whole number >= " + min);
      }
      return parsed;
    };
  }

  static Function<String, Double> doubleIn(double min, double max) {
    return value -> {
      double parsed = number(value, Double::parseDouble, "a number");
      if (!(parsed >= min && parsed <= max)) {
        throw new IllegalArgumentException("expected a number in [" + min + ", " + max + "]");
      }
      return parsed;
    };
  }

  /** Comma-separated list (YAML lists arrive joined by commas); blanks dropped. */
  static Function<String, List<String>> list(List<String> allowed) {
    return new ListOf(List.copyOf(allowed));
  }

  /** Comma-separated items, each one of {@code allowed} unless it is empty; a record for the same reason as Choice. */
  record ListOf(List<String> allowed) implements Function<String, List<String>> {
    @Override
    public List<String> apply(String value) {
      List<String> items = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      for (String item : items) {
        if (!allowed.isEmpty() && !allowed.contains(item)) {
          throw new IllegalArgumentException("'" + item + "' is not one of " + allowed);
        }
      }
      return items;
    }
  }

  private static <T> T number(String value, Function<String, T> parse, String what) {
    try {
      return parse.apply(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected " + what);
    }
  }
}
