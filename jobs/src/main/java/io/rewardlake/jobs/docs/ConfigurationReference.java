package io.rewardlake.jobs.docs;

import static io.rewardlake.jobs.docs.Markdown.cell;
import static io.rewardlake.jobs.docs.Markdown.code;
import static io.rewardlake.jobs.docs.Markdown.row;

import io.rewardlake.jobs.config.ConfigKey;
import io.rewardlake.jobs.config.ConfigKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** docs/reference/configuration.md: every key of {@link ConfigKeys#ALL}, grouped by its YAML section. */
final class ConfigurationReference {
  private static final String HEADER = """
      # Configuration reference

      Generated from the code (`ConfigKeys`); do not edit by hand. Regenerate with
      `mvn -B -q -pl jobs -am -Pdocs -DskipTests process-classes`; a test fails when this page is stale.

      Every job reads these keys. Precedence: the defaults below < `--config FILE` (YAML, sections as the prefixes
      below) < `--set key=value` < the job's own options. An unknown key is refused with the list of valid ones, and
      a value outside what is allowed stops the run before Spark starts (exit 2).

      ```yaml
      train:
        members: 10
        splits: [train]
      vote:
        mode: oof
      ```

      """;

  private ConfigurationReference() {}

  static String render() {
    StringBuilder page = new StringBuilder(HEADER);
    for (Map.Entry<String, List<ConfigKey<?>>> section : bySection().entrySet()) {
      page.append("## ").append(section.getKey()).append("\n\n");
      page.append(row("key", "default", "allowed", "what it sets"));
      page.append(row("---", "---", "---", "---"));
      for (ConfigKey<?> key : section.getValue()) {
        page.append(row(code(key.name()), code(key.defaultText()), allowed(key), cell(key.help())));
      }
      page.append('\n');
    }
    return page.toString().stripTrailing() + "\n";
  }

  /** Keys in declaration order within their section; sections in order of first appearance. */
  private static Map<String, List<ConfigKey<?>>> bySection() {
    Map<String, List<ConfigKey<?>>> sections = new LinkedHashMap<>();
    for (ConfigKey<?> key : ConfigKeys.ALL) {
      sections.computeIfAbsent(section(key.name()), name -> new ArrayList<>()).add(key);
    }
    return sections;
  }

  private static String section(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? "top level" : name.substring(0, dot);
  }

  private static String allowed(ConfigKey<?> key) {
    List<String> words = key.allowedValues();
    return words.isEmpty() ? "—" : cell(String.join(", ", words));
  }
}
