package io.rewardlake.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new model family is one class plus one registration line: {@link ConstantFamily} below is registered in this
 * module's test resources ({@code META-INF/services}) and the store loads it without knowing it.
 */
class ModelFamiliesTest {
  @TempDir
  Path dir;

  /** Scores every response with the constant its model.json records (test_constant in the data map). */
  public static final class ConstantFamily implements ModelFamily {
    @Override
    public List<String> ids() {
      return List.of("test-constant");
    }

    @Override
    public RewardModel load(ModelFiles directory, ModelMetadata metadata, List<String> assignedGpus) {
      float value = Float.parseFloat(metadata.data().get("test_constant"));
      return new RewardModel() {
        @Override
        public ModelMetadata metadata() {
          return metadata;
        }

        @Override
        public float[] score(List<PromptResponse> batch) {
          float[] scores = new float[batch.size()];
          java.util.Arrays.fill(scores, value);
          return scores;
        }
      };
    }
  }

  @Test
  void aRegisteredFamilyLoadsThroughTheStore() throws IOException {
    LocalModelFiles root = new LocalModelFiles(dir);
    ModelStore.writeLinear(root, new ModelMetadata("test-constant", "c", "e", 0, "all", Map.of(),
        Map.of("test_constant", "2.5"), "test"), new double[0]);
    try (RewardModel model = ModelStore.loadModel(root)) {
      assertThat(model.score(List.of(new PromptResponse("p", "r"), new PromptResponse("q", "s"))))
          .containsExactly(2.5f, 2.5f);
    }
  }

  @Test
  void everyShippedFamilyIsRegisteredOnceAndAnUnknownOneIsNamed() {
    assertThat(List.of(ModelMetadata.BUILTIN_LINEAR, ModelMetadata.BUILTIN_MLP, ModelMetadata.ENCODER, "djl",
        "djl-lm", "djl-encoder")).allSatisfy(id ->
            assertThat(ModelFamilies.forId(id, new LocalModelFiles(dir)).ids()).contains(id));
    assertThatThrownBy(() -> ModelFamilies.forId("onnx-ish", new LocalModelFiles(dir)))
        .hasMessageContaining("family 'onnx-ish'").hasMessageContaining("it knows builtin-linear");
    assertThat(ModelFamilies.external("djl")).isTrue();
    assertThat(ModelFamilies.external(ModelMetadata.BUILTIN_LINEAR)).isFalse();
  }
}
