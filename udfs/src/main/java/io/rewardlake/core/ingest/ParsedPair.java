package io.rewardlake.core.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An accepted preference pair, ready for the {@code pairs} table. {@code labelP} is P(chosen preferred), null when
 * the pair is unlabelled; {@code labels} are the record's individual labels it is the mean of (each P(chosen
 * preferred); one for a single label, none for an unlabelled pair). {@code chosenFirst} says whether the chosen
 * response's normalised text sorts before the rejected one's, which orients labels from records that list the two
 * responses the other way round. {@code meta} is sorted so rows are written deterministically.
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
    List<Double> labels,
    boolean chosenFirst,
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
    labels = List.copyOf(labels);
    if ((labelP == null) != labels.isEmpty()) {
      throw new IllegalArgumentException("labelP must be null exactly when there are no labels");
    }
    meta = new TreeMap<>(meta);
  }
}
