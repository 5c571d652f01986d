package io.rewardlake.jobs.label;

import static io.rewardlake.jobs.config.YamlSections.section;
import static io.rewardlake.jobs.config.YamlSections.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.jobs.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a judge prompt template from YAML, strictly (unknown keys are errors listing the valid ones):
 *
 * <pre>
 * id: my-judge             # required; labels record "id@vVERSION"
 * version: 1               # required; bump it whenever the wording changes
 * description: ...
 * preamble: ...            # the task and the criteria
 * exemplars:               # optional few-shot examples
 *   - {context: ..., response_1: ..., response_2: ..., preferred: 1}
 * ending: "Preferred Response="   # the judge's next token is the label
 * cot_instruction: ...     # chain-of-thought mode: asks for the rationale
 * scoring: {preamble: ..., ending: "Score="}   # direct mode (1-10); optional
 * </pre>
 */
final class TemplateYaml {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> TOP = List.of("id", "version", "description", "preamble", "exemplars", "ending",
      "cot_instruction", "scoring");
  private static final List<String> EXEMPLAR = List.of("context", "response_1", "response_2", "preferred");
  private static final List<String> SCORING = List.of("preamble", "ending");

  private TemplateYaml() {}

  static JudgeTemplate parse(String yaml, String origin) {
    try {
      Map<String, Object> top = section(tree(yaml, origin), "", TOP, "a template");
      if (top == null) {
        throw new IllegalArgumentException("the file is empty; a template needs id, version, preamble and ending");
      }
      return new JudgeTemplate(required(top, "id"), version(top.get("version")), required(top, "preamble"),
          exemplars(top.get("exemplars")), required(top, "ending"), orEmpty(text(top, "cot_instruction")),
          scoring(section(top.get("scoring"), "scoring", SCORING, "")));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ConfigException("Template " + origin + ": " + e.getMessage());
    }
  }

  private static Object tree(String yaml, String origin) {
    try {
      JsonNode tree = YAML.readTree(yaml);
      return tree == null || tree.isMissingNode() ? null : YAML.treeToValue(tree, Object.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException("Template " + origin + " is not valid YAML: " + e.getOriginalMessage());
    }
  }

  private static List<JudgeTemplate.Exemplar> exemplars(Object node) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof List<?> list)) {
      throw new IllegalArgumentException("exemplars must be a list of " + EXEMPLAR + " mappings, got " + node);
    }
    List<JudgeTemplate.Exemplar> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "exemplars[" + i + "]";
      Map<String, Object> exemplar = section(list.get(i), path, EXEMPLAR, path);
      out.add(new JudgeTemplate.Exemplar(orEmpty(text(exemplar, "context")), required(exemplar, "response_1"),
          required(exemplar, "response_2"), String.valueOf(exemplar.get("preferred"))));
    }
    return out;
  }

  private static JudgeTemplate.Scoring scoring(Map<String, Object> scoring) {
    return scoring == null ? JudgeTemplate.Scoring.DEFAULT
        : new JudgeTemplate.Scoring(required(scoring, "preamble"), required(scoring, "ending"));
  }

  private static int version(Object value) {
    if (value instanceof Integer number) {
      return number;
    }
    throw new IllegalArgumentException("version must be a whole number >= 1, got " + value);
  }

  private static String required(Map<String, Object> map, String key) {
    String value = text(map, key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " is required");
    }
    return value;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
