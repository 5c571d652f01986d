package io.rewardlake.core.ingest;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An accepted preference pair, ready for the {@code pairs} table. {@code labelP} is P(chosen preferred), null when
 * the pair is unlabelled. {@code meta} is sorted so rows are written deterministically.
 */
public record ParsedPair(
    String pairId,
    String source,
    String split,
    String prompt,
    String chosen,
    String rejected,
    String labelSource,
    Double labelP,
    Map<String, String> meta) {

  public ParsedPair {
    Objects.requireNonNull(pairId, "pairId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(rejected, "rejected");
    Objects.requireNonNull(labelSource, "labelSource");
    if (labelP != null && !(labelP >= 0.0 && labelP <= 1.0)) {
      throw new IllegalArgumentException("labelP must be in [0, 1] or null, was " + labelP);
    }
    meta = new TreeMap<>(meta);
  }
}
