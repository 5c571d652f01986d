package io.rewardlake.core.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A named cleaning policy: up to four rules over a pair's preference strength, each optional (null = off).
 *
 * <p><b>Precedence</b> is fixed: {@code drop}, {@code flip}, {@code smooth}, {@code margin}, else {@code keep}; the
 * first rule that applies decides. Drop comes first because it encodes distrust (members disagree, or the policy
 * prefers losing a suspicious pair to repairing it): a pair it catches should not be repaired by a later rule.
 * Flip comes before smooth so that overlapping bands go to the stronger evidence; smooth before margin so that a
 * pair inside the ambiguous band never gets a margin.
 *
 * <p>Thresholds may be corpus quantiles; {@link #resolve} turns them into values before a {@link Cleaner} can use
 * the policy.
 */
public record CleaningPolicy(String id, String description, DropRule drop, FlipRule flip, SmoothRule smooth,
    MarginRule margin, PolicyScope scope) implements Serializable {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  public CleaningPolicy {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id must be letters, digits, '.', '_' or '-' (at most 100, starting with a"
          + " letter or digit), got " + (id == null ? "nothing" : "'" + id + "'"));
    }
    description = Objects.requireNonNullElse(description, "");
    scope = Objects.requireNonNullElse(scope, PolicyScope.ALL);
  }

  /** A policy for every pair. */
  public CleaningPolicy(String id, String description, DropRule drop, FlipRule flip, SmoothRule smooth,
      MarginRule margin) {
    this(id, description, drop, flip, smooth, margin, PolicyScope.ALL);
  }

  /** The active rules in precedence order. */
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(4);
    for (Rule rule : new Rule[] {drop, flip, smooth, margin}) {
      if (rule != null) {
        rules.add(rule);
      }
    }
    return rules;
  }

  /** The distinct quantiles of {@code statistic} the policy needs, ascending (empty when all are absolute). */
  public double[] quantiles(Statistic statistic) {
    TreeSet<Double> quantiles = new TreeSet<>();
    for (Rule rule : rules()) {
      rule.thresholds(statistic).stream().filter(Threshold::isQuantile).forEach(t -> quantiles.add(t.quantile()));
    }
    return quantiles.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** True when every threshold has a value (no quantile left to resolve). */
  public boolean isResolved() {
    for (Rule rule : rules()) {
      for (Statistic statistic : Statistic.values()) {
        if (!rule.thresholds(statistic).stream().allMatch(Threshold::isResolved)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * This policy with its quantile thresholds resolved from {@code source}; throws {@link IllegalArgumentException}
   * when the corpus makes a rule meaningless (an empty smoothing band, a margin cap below 0).
   */
  public CleaningPolicy resolve(QuantileSource source) {
    return new CleaningPolicy(id, description, drop == null ? null : drop.resolve(source),
        flip == null ? null : flip.resolve(source), smooth == null ? null : smooth.resolve(source),
        margin == null ? null : margin.resolve(source), scope);
  }

  /** This policy with its flip rule withheld for {@code why} (a policy without one is returned as is). */
  public CleaningPolicy withFlipsWithheld(String why) {
    return flip == null ? this : new CleaningPolicy(id, description, drop, flip.withheld(why), smooth, margin, scope);
  }

  /** One line per rule in precedence order, or a single line saying every pair is kept. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    if (!scope.equals(PolicyScope.ALL)) {
      lines.add("only pairs with " + scope.describe() + " (others kept as labelled)");
    }
    lines.addAll(rules().stream().map(Rule::describe).toList());
    lines.add(rules().isEmpty() ? "keep every pair as labelled" : "else keep");
    return lines;
  }
}
