package io.rewardlake.jobs.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading hand-written YAML (policies, templates) strictly: every mapping rejects keys it does not know, listing the
 * valid ones, so a typo cannot silently switch something off. Errors are {@link IllegalArgumentException}s naming
 * the field; callers prefix the file they came from.
 */
public final class YamlSections {
  private YamlSections() {}

  /**
   * The mapping at {@code path} ("" = the document, called {@code document} in messages, e.g. "a policy") with its
   * keys checked against {@code valid}; null when the section is absent (an absent document is the caller's to
   * report).
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> section(Object node, String path, List<String> valid, String document) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException((path.isEmpty() ? document : path) + " must be a YAML mapping of "
          + valid + ", got " + node);
    }
    List<String> unknown = new ArrayList<>();
    map.keySet().forEach(key -> {
      if (!valid.contains(String.valueOf(key))) {
        unknown.add((path.isEmpty() ? "" : path + ".") + key);
      }
    });
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown key" + (unknown.size() > 1 ? "s " : " ") + unknown + "; valid "
          + (path.isEmpty() ? "top-level keys" : "keys of " + path) + ": " + valid);
    }
    return (Map<String, Object>) map;
  }

  /** The text at {@code key}, or null when absent. */
  public static String text(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException(key + " must be text, got " + value);
    }
    return (String) value;
  }
}
