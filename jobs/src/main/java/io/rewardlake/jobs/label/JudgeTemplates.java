package io.rewardlake.jobs.label;

import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.jobs.config.YamlPresets;
import java.util.List;

/**
 * Judge prompt templates: presets shipped in the jar ({@code judge-templates/<name>.yaml}) or the user's YAML files
 * (format: {@link TemplateYaml}). Read before Spark starts, so a bad template is a usage error.
 */
public final class JudgeTemplates {
  /** The presets, default first. */
  public static final List<String> PRESETS = List.of("helpfulness", "harmlessness", "summarization");
  private static final YamlPresets FILES = new YamlPresets("template", "judge-templates", PRESETS,
      "rewardlake label --show-template");

  private JudgeTemplates() {}

  public static JudgeTemplate load(String nameOrPath) {
    return FILES.load(nameOrPath, TemplateYaml::parse);
  }

  public static String presetYaml(String name) {
    return FILES.presetYaml(name);
  }

  public static String source(String nameOrPath) {
    return FILES.source(nameOrPath);
  }
}
