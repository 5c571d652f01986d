package io.rewardlake.jobs.config;

import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean" for a mistyped configuration key: the valid keys closest to it by edit distance, or, when none is
 * close, the keys of its section (the part before the first dot), so the answer is a few lines, not the whole list.
 */
final class KeyHints {
  private static final int MAX_SUGGESTIONS = 3;

  private KeyHints() {}

  static String of(String unknown, List<String> valid) {
    int limit = Math.max(2, unknown.length() / 3);
    List<String> close = valid.stream().filter(key -> distance(unknown, key) <= limit)
        .sorted(Comparator.comparingInt((String key) -> distance(unknown, key)).thenComparing(key -> key))
        .limit(MAX_SUGGESTIONS).toList();
    if (!close.isEmpty()) {
      return "did you mean " + String.join(" or ", close) + "?";
    }
    String section = unknown.contains(".") ? unknown.substring(0, unknown.indexOf('.') + 1) : "";
    List<String> same = section.isEmpty() ? List.of()
        : valid.stream().filter(key -> key.startsWith(section)).toList();
    return same.isEmpty() ? "no key is close; sections: " + valid.stream().map(k -> k.contains(".")
        ? k.substring(0, k.indexOf('.')) : k).distinct().toList() : "keys of " + section.substring(0,
        section.length() - 1) + ": " + same;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
