package io.rewardlake.jobs.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.rewardlake.core.clean.CleaningPolicy;
import io.rewardlake.core.clean.DropRule;
import io.rewardlake.core.clean.FlipRule;
import io.rewardlake.core.clean.LabelGuard;
import io.rewardlake.core.clean.MarginRule;
import io.rewardlake.core.clean.PolicyScope;
import io.rewardlake.core.clean.SmoothRule;
import io.rewardlake.core.clean.Threshold;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.YamlSections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a cleaning policy from YAML. Every level rejects keys it does not know, listing the valid ones, so a typo
 * cannot silently switch a rule off; value errors name the field ({@code flip.min_votes_against: ...}).
 *
 * <pre>
 * id: my-policy                  # required
 * description: ...
 * only:   {label_sources: [human], sources: [...]}  # pairs the policy may change; default all
 * drop:   {mean_below: T, std_above: T}          # either or both
 * flip:   {mean_below: T, min_votes_against: 0.7,  # share of members preferring rejected; default 0 (off)
 *          confident_label: {label_p_above: 0.9, mean_below: T, hard_labels: false}}  # guard; mean_below
 *          # defaults to -logit(label_p): the vote must be surer than the label
 * smooth: {mean_between: [T, T], epsilon: 0.2, mode: cap}  # cap (default) or mix
 * margin: {mean_above: T, scale: 1.0, max: T}    # scale defaults to 1.0
 * </pre>
 * where T is a threshold: a number, or a quantile of the corpus such as {@code q0.15} (see {@link Threshold}).
 */
final class PolicyYaml {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final Map<String, List<String>> KEYS = keys();

  private PolicyYaml() {}

  private static Map<String, List<String>> keys() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("", List.of("id", "description", "only", "drop", "flip", "smooth", "margin"));
    keys.put("only", List.of("label_sources", "sources"));
    keys.put("drop", List.of("mean_below", "std_above"));
    keys.put("flip", List.of("mean_below", "min_votes_against", "confident_label"));
    keys.put("flip.confident_label", List.of("label_p_above", "mean_below", "hard_labels"));
    keys.put("smooth", List.of("mean_between", "epsilon", "mode"));
    keys.put("margin", List.of("mean_above", "scale", "max"));
    return Map.copyOf(keys);
  }

  /** The policy in {@code yaml}; {@code origin} (a preset or file name) starts every error message. */
  static CleaningPolicy parse(String yaml, String origin) {
    Object root;
    try {
      JsonNode tree = YAML.readTree(yaml);
      // An empty or comments-only file is a missing node: report it as an empty policy, not as bad YAML.
      root = tree == null || tree.isMissingNode() ? null : YAML.treeToValue(tree, Object.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException("Policy " + origin + " is not valid YAML: " + e.getOriginalMessage());
    }
    try {
      Map<String, Object> top = section(root, "");
      return new CleaningPolicy(text(top, "id"), text(top, "description"), drop(section(top.get("drop"), "drop")),
          flip(section(top.get("flip"), "flip")), smooth(section(top.get("smooth"), "smooth")),
          margin(section(top.get("margin"), "margin")), scope(section(top.get("only"), "only")));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Policy " + origin + ": " + e.getMessage());
    }
  }

  private static DropRule drop(Map<String, Object> drop) {
    return drop == null ? null
        : new DropRule(threshold(drop, "drop", "mean_below"), threshold(drop, "drop", "std_above"));
  }

  private static FlipRule flip(Map<String, Object> flip) {
    return flip == null ? null : new FlipRule(threshold(flip, "flip", "mean_below"),
        number(flip, "flip", "min_votes_against", 0.0),
        guard(section(flip.get("confident_label"), "flip.confident_label")));
  }

  private static LabelGuard guard(Map<String, Object> guard) {
    if (guard == null) {
      return null;
    }
    Object hard = guard.getOrDefault("hard_labels", false);
    if (!(hard instanceof Boolean hardLabels)) {
      throw new IllegalArgumentException("flip.confident_label.hard_labels must be true or false, got " + hard);
    }
    return new LabelGuard(number(guard, "flip.confident_label", "label_p_above", null),
        threshold(guard, "flip.confident_label", "mean_below"), hardLabels);
  }

  private static PolicyScope scope(Map<String, Object> only) {
    return only == null ? PolicyScope.ALL : new PolicyScope(strings(only, "sources"), strings(only, "label_sources"));
  }

  private static List<String> strings(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list && list.stream().allMatch(item -> item instanceof String)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw new IllegalArgumentException("only." + key + " must be a list of names, e.g. [human]; got " + value);
  }

  private static SmoothRule smooth(Map<String, Object> smooth) {
    if (smooth == null) {
      return null;
    }
    Object band = smooth.get("mean_between");
    if (!(band instanceof List<?> bounds) || bounds.size() != 2) {
      throw new IllegalArgumentException("smooth.mean_between must be a list of two thresholds [low, high], e.g."
          + " [q0.15, q0.4]; got " + (band == null ? "nothing" : band));
    }
    return new SmoothRule(Threshold.parse(bounds.get(0), "smooth.mean_between[0]"),
        Threshold.parse(bounds.get(1), "smooth.mean_between[1]"), number(smooth, "smooth", "epsilon", null),
        SmoothRule.Mode.of(String.valueOf(smooth.getOrDefault("mode", "cap"))));
  }

  private static MarginRule margin(Map<String, Object> margin) {
    return margin == null ? null : new MarginRule(threshold(margin, "margin", "mean_above"),
        number(margin, "margin", "scale", 1.0), threshold(margin, "margin", "max"));
  }

  /** The mapping at {@code path} ("" = top level), its keys checked; null when the section is absent. */
  private static Map<String, Object> section(Object node, String path) {
    if (node == null && path.isEmpty()) {
      throw new IllegalArgumentException("the file is empty; a policy needs at least an id");
    }
    return YamlSections.section(node, path, KEYS.get(path), "a policy");
  }

  private static String text(Map<String, Object> map, String key) {
    return YamlSections.text(map, key);
  }

  private static Threshold threshold(Map<String, Object> map, String section, String key) {
    return map.containsKey(key) ? Threshold.parse(map.get(key), section + "." + key) : null;
  }

  private static double number(Map<String, Object> map, String section, String key, Double fallback) {
    Object value = map.get(key);
    if (value == null) {
      if (fallback == null) {
        throw new IllegalArgumentException(section + "." + key + " is required");
      }
      return fallback;
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof String text && text.strip().matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
      return Double.parseDouble(text.strip());
    }
    throw new IllegalArgumentException(section + "." + key + " must be a number, got "
        + (value instanceof String ? "\"" + value + "\"" : value));
  }
}
