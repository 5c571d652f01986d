package io.rewardlake.jobs.clean;

import io.rewardlake.core.clean.CleaningPolicy;
import io.rewardlake.jobs.config.YamlPresets;
import java.util.List;

/**
 * Where cleaning policies come from: a named preset shipped in the jar ({@code policies/<name>.yaml}) or a local
 * YAML file. Both are read before Spark starts, so a bad policy is a usage error (exit 2).
 */
public final class Policies {
  /** The presets, default first. */
  public static final List<String> PRESETS = List.of("secrets-ii", "conservative", "flip-only", "none");
  private static final YamlPresets FILES = new YamlPresets("policy", "policies", PRESETS,
      "rewardlake clean --show-policy");

  private Policies() {}

  /** The preset named {@code nameOrPath}, else the YAML file at that path. */
  public static CleaningPolicy load(String nameOrPath) {
    return FILES.load(nameOrPath, PolicyYaml::parse);
  }

  /** A policy that drops the weakest {@code share} of pairs by mean strength and keeps the rest as labelled. */
  public static CleaningPolicy dropWeakest(double share) {
    int percent = (int) Math.round(100 * share);
    return PolicyYaml.parse("id: drop-weakest-" + percent + "\ndescription: drop the " + percent + "% of pairs with the"
        + " lowest mean strength\ndrop:\n  mean_below: q" + share + "\n", "evaluate --ablation");
  }

  /** The preset's YAML text, comments included. */
  public static String presetYaml(String name) {
    return FILES.presetYaml(name);
  }

  /** Describes where {@code nameOrPath} comes from, for summaries: "preset secrets-ii" or the file path. */
  public static String source(String nameOrPath) {
    return FILES.source(nameOrPath);
  }
}
