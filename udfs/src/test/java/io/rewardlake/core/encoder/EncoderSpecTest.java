package io.rewardlake.core.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EncoderSpecTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsPoolingPrefixesAndTheSharedNeuralSettings() throws Exception {
    EncoderSpec spec = EncoderSpec.parse(JSON.readTree("""
        {"family": "djl-encoder", "model_id": "e5", "output": "last_hidden_state", "max_length": 128,
         "pooling": "mean", "normalize": false, "prompt_prefix": "query: ", "response_prefix": "passage: "}"""),
        "models/e5");
    assertThat(spec.modelId()).isEqualTo("e5");
    assertThat(spec.pooling()).isEqualTo(Pooling.MEAN);
    assertThat(spec.normalize()).isFalse();
    assertThat(spec.network().maxLength()).isEqualTo(128);
    assertThat(spec.network().output()).isEqualTo("last_hidden_state");
    assertThat(spec.promptText("why?")).isEqualTo("query: why?");
    assertThat(spec.responseText("because")).isEqualTo("passage: because");
  }

  @Test
  void defaultsAreMeanPoolingUnitLengthAndNoPrefixes() throws Exception {
    EncoderSpec spec = EncoderSpec.parse(JSON.readTree("{\"family\": \"djl-encoder\", \"model_id\": \"m\"}"), "m");
    assertThat(spec.pooling()).isEqualTo(Pooling.MEAN);
    assertThat(spec.normalize()).isTrue();
    assertThat(spec.promptText("x")).isEqualTo("x");
  }

  @Test
  void unknownKeysWrongTypesAndOtherFamiliesAreRefusedWithTheLocation() throws Exception {
    assertThatThrownBy(() -> EncoderSpec.parse(JSON.readTree(
        "{\"family\": \"djl-encoder\", \"model_id\": \"m\", \"poolin\": \"cls\"}"), "dir"))
        .hasMessageContaining("unknown key(s) [poolin]").hasMessageContaining("pooling");
    assertThatThrownBy(() -> EncoderSpec.parse(JSON.readTree(
        "{\"family\": \"djl-encoder\", \"model_id\": \"m\", \"normalize\": \"yes\"}"), "dir"))
        .hasMessageContaining("dir/model.json").hasMessageContaining("'normalize' must be true or false");
    assertThatThrownBy(() -> EncoderSpec.parse(JSON.readTree("{\"family\": \"djl\", \"model_id\": \"m\"}"), "dir"))
        .hasMessageContaining("a backbone has family djl-encoder");
  }
}
