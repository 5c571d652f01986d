package io.rewardlake.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class NeuralModelSpecTest {
  private static NeuralModelSpec parse(String json) throws Exception {
    return NeuralModelSpec.parse(new ObjectMapper().readTree(json), "/models/rm");
  }

  @Test
  void onlyFamilyAndIdAreRequiredAndTheRestDefaultsToAHuggingFaceExport() throws Exception {
    NeuralModelSpec spec = parse("{\"family\": \"djl\", \"model_id\": \"deberta\"}");
    assertThat(spec.engine()).isEqualTo(NeuralModelSpec.ONNX_RUNTIME);
    assertThat(spec.modelFile()).isEqualTo("model.onnx");
    assertThat(spec.tokenizerFile()).isEqualTo("tokenizer.json");
    assertThat(spec.inputIds()).isEqualTo("input_ids");
    assertThat(spec.attentionMask()).isEqualTo("attention_mask");
    assertThat(spec.tokenTypeIds()).isNull();
    assertThat(spec.rewardLogit()).isZero();
    assertThat(spec.maxLength()).isEqualTo(512);
    assertThat(spec.device()).isEqualTo(DevicePolicy.AUTO);
    assertThat(spec.rewardModel()).isTrue();
    assertThat(spec.threads()).as("0: the runtime's default thread count").isZero();
  }

  @Test
  void threadsAreReadAndARuntimeOverrideKeepsEverythingElse() throws Exception {
    NeuralModelSpec spec = parse("{\"family\": \"djl\", \"model_id\": \"m\", \"threads\": 1, \"max_length\": 64}");
    assertThat(spec.threads()).isEqualTo(1);
    NeuralModelSpec gpu = spec.withRuntime(32, DevicePolicy.GPU, 0);
    assertThat(gpu.batchSize()).isEqualTo(32);
    assertThat(gpu.device()).isEqualTo(DevicePolicy.GPU);
    assertThat(gpu.threads()).isZero();
    assertThat(gpu.withRuntime(spec.batchSize(), spec.device(), spec.threads())).isEqualTo(spec);
    assertThatThrownBy(() -> parse("{\"family\": \"djl\", \"model_id\": \"m\", \"threads\": -1}"))
        .hasMessageContaining("'threads' must be >= 0");
  }

  @Test
  void aTorchScriptFileSelectsThePyTorchEngine() throws Exception {
    NeuralModelSpec spec = parse("{\"family\": \"djl-lm\", \"model_id\": \"llama\", \"model_file\": \"traced.pt\","
        + " \"inputs\": {\"token_type_ids\": \"token_type_ids\", \"position_ids\": \"pos\"}, \"device\": \"gpu\"}");
    assertThat(spec.engine()).isEqualTo(NeuralModelSpec.PYTORCH);
    assertThat(spec.tokenTypeIds()).isEqualTo("token_type_ids");
    assertThat(spec.positionIds()).isEqualTo("pos");
    assertThat(spec.device()).isEqualTo(DevicePolicy.GPU);
    assertThat(spec.rewardModel()).isFalse();
  }

  @Test
  void unknownKeysAndBadValuesAreRefusedWithTheValidOnes() {
    assertThatThrownBy(() -> parse("{\"family\": \"djl\", \"model_id\": \"m\", \"max_len\": 12}"))
        .hasMessageContaining("/models/rm/model.json").hasMessageContaining("unknown key(s) [max_len]")
        .hasMessageContaining("max_length");
    assertThatThrownBy(() -> parse("{\"family\": \"djl\", \"model_id\": \"m\", \"inputs\": {\"ids\": \"x\"}}"))
        .hasMessageContaining("[ids]").hasMessageContaining("input_ids");
    assertThatThrownBy(() -> parse("{\"family\": \"djl\", \"model_id\": \"m\", \"batch_size\": 0}"))
        .hasMessageContaining("'batch_size' must be >= 1");
    assertThatThrownBy(() -> parse("{\"family\": \"djl\", \"model_id\": \"m\", \"max_length\": \"long\"}"))
        .hasMessageContaining("'max_length' must be an integer");
    assertThatThrownBy(() -> parse("{\"family\": \"djl\"}")).hasMessageContaining("missing 'model_id'");
    assertThatThrownBy(() -> parse("{\"family\": \"onnx\", \"model_id\": \"m\"}"))
        .hasMessageContaining("family must be djl, djl-lm or djl-encoder");
    assertThatThrownBy(() -> parse("{\"family\": \"djl\", \"model_id\": \"m\", \"prompt_format\": \"{prompt}\"}"))
        .hasMessageContaining("{response} exactly once");
  }
}
