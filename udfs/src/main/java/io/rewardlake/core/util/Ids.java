package io.rewardlake.core.util;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The enums users name in config and on the command line (export formats, judge modes, ...) each have an id; these
 * list the ids and look one up, with one wording for the error.
 */
public final class Ids {
  private Ids() {}

  /** The ids of {@code values}, in declaration order. */
  public static <E extends Enum<E>> List<String> of(E[] values, Function<E, String> id) {
    return Arrays.stream(values).map(id).toList();
  }

  /** The value whose id is {@code wanted} (case-insensitive); the error names {@code what} and the valid ids. */
  public static <E extends Enum<E>> E parse(E[] values, Function<E, String> id, String wanted, String what) {
    String normalised = wanted == null ? "" : wanted.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values).filter(value -> id.apply(value).equals(normalised)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + wanted + "'; valid: "
            + of(values, id)));
  }
}
