package io.rewardlake.jobs.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.core.judge.http.ApiKey;
import io.rewardlake.jobs.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeTemplatesTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"helpfulness", "harmlessness", "summarization"})
  void everyPresetParsesIntoAllThreePrompts(String preset) {
    JudgeTemplate template = JudgeTemplates.load(preset);

    assertThat(template.templateId()).isEqualTo(preset + "@v1");
    assertThat(template.pairwise("ctx", "one", "two")).contains("<<<RESPONSE 1\none\nRESPONSE 1>>>")
        .endsWith("=");
    assertThat(template.rationaleRequest("ctx", "one", "two")).endsWith("Rationale:");
    assertThat(template.direct("ctx", "one")).contains("<<<RESPONSE\none\nRESPONSE>>>").endsWith("Score=");
  }

  @Test
  void aUserTemplateWithExemplarsLoadsFromAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("mine.yaml"), """
        id: mine
        version: 3
        preamble: Pick the kinder reply.
        exemplars:
          - {context: "Hi", response_1: "Hello!", response_2: "What.", preferred: 1}
        ending: "Kinder="
        """);

    JudgeTemplate template = JudgeTemplates.load(file.toString());

    assertThat(template.templateId()).isEqualTo("mine@v3");
    assertThat(template.pairwise("q", "a", "b")).contains("Hello!", "Kinder=1\n\n").endsWith("Kinder=");
    assertThat(template.scoring()).isEqualTo(JudgeTemplate.Scoring.DEFAULT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "id: x\\nversion: 1\\npreamble: p\\nending: e\\ntemperature: 0|unknown key [temperature]; valid top-level keys",
      "id: x\\npreamble: p\\nending: e|version must be a whole number",
      "id: x\\nversion: 1\\nending: e|preamble is required",
      "id: x\\nversion: 1\\npreamble: p\\nending: e\\nexemplars: [{response_1: a, response_2: b, preferred: 3}]"
          + "|label is 1 or 2",
      "id: x\\nversion: 1\\npreamble: p\\nending: e\\nscoring: {preamble: p}|ending is required",
      "''|the file is empty"})
  void badTemplatesAreUsageErrorsNamingTheField(String yaml, String message) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.yaml"), yaml.replace("\\n", "\n").replace("''", ""));

    assertThatThrownBy(() -> JudgeTemplates.load(file.toString())).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("Template " + file).hasMessageContaining(message);
  }

  @Test
  void apiKeysComeFromAFileOrTheEnvironmentAndAreNeverEchoed() throws IOException {
    Path file = Files.writeString(dir.resolve("key"), "sk-file-key\n");
    Map<String, String> environment = Map.of("MY_KEY", "sk-env-key");

    assertThat(ApiKeys.resolve("MY_KEY", file.toString(), environment::get)).isEqualTo(ApiKey.of("sk-file-key"));
    assertThat(ApiKeys.resolve("MY_KEY", "", environment::get)).isEqualTo(ApiKey.of("sk-env-key"));
    assertThat(ApiKeys.resolve("UNSET", "", environment::get).present()).isFalse();
    assertThat(ApiKeys.describe(ApiKey.of("sk-env-key"), "MY_KEY", "")).isEqualTo("API key from $MY_KEY");
    assertThatThrownBy(() -> ApiKeys.resolve("X", dir.resolve("missing").toString(), environment::get))
        .isInstanceOf(ConfigException.class).hasMessageContaining("Cannot read the API key file");
    Path empty = Files.writeString(dir.resolve("empty"), " \n");
    assertThatThrownBy(() -> ApiKeys.resolve("X", empty.toString(), environment::get))
        .isInstanceOf(ConfigException.class).hasMessageContaining("is empty");
  }
}
