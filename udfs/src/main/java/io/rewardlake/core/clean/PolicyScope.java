package io.rewardlake.core.clean;

import java.io.Serializable;
import java.util.List;

/**
 * Which pairs a policy may change: those whose {@code source} and {@code label_source} are listed (an empty list
 * admits all). Pairs outside are kept as labelled, with a reason; e.g. {@code label_sources: [human]} leaves a
 * judge's labels alone while human labels are cleaned.
 */
public record PolicyScope(List<String> sources, List<String> labelSources) implements Serializable {
  public static final PolicyScope ALL = new PolicyScope(List.of(), List.of());

  public PolicyScope {
    sources = List.copyOf(sources);
    labelSources = List.copyOf(labelSources);
  }

  /** Null when the pair is in scope, else why it is not. */
  String excludes(String source, String labelSource) {
    if (!labelSources.isEmpty() && !labelSources.contains(labelSource)) {
      return "label_source " + labelSource + " is outside the policy's label_sources " + labelSources;
    }
    if (!sources.isEmpty() && !sources.contains(source)) {
      return "source " + source + " is outside the policy's sources " + sources;
    }
    return null;
  }

  String describe() {
    return (labelSources.isEmpty() ? "" : "label_source in " + labelSources)
        + (!labelSources.isEmpty() && !sources.isEmpty() ? " and " : "")
        + (sources.isEmpty() ? "" : "source in " + sources);
  }
}
