package io.rewardlake.core.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.core.model.RewardModel;
import io.rewardlake.core.neural.NeuralModelSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TorchScript twin of the ONNX fixture through DJL's PyTorch engine. That engine is in the build only with
 * {@code mvn -Ppytorch} (libtorch is about 110 MB), so without the profile this test is skipped, and says why.
 */
class TorchScriptRewardModelTest {

  @Test
  void theTorchScriptModelScoresExactlyLikeItsOnnxTwin() throws Exception {
    DjlRuntime.applySettings();
    assumeTrue(Engine.hasEngine(NeuralModelSpec.PYTORCH), "PyTorch engine not in this build (mvn -Ppytorch)");
    List<PromptResponse> inputs = List.of(new PromptResponse("keep basil?", "Trim it then keep it because"),
        new PromptResponse("why?", "silly ".repeat(60) + "because specific"),
        new PromptResponse("hi", "whatever"));
    try (RewardModel torch = ModelStore.loadModel(new LocalModelFiles(DjlFixtures.resource("djl/rm-tiny-pt")));
        RewardModel onnx = ModelStore.loadModel(new LocalModelFiles(DjlFixtures.rewardModel()))) {
      float[] expected = onnx.score(inputs);
      float[] actual = torch.score(inputs);
      for (int i = 0; i < inputs.size(); i++) {
        assertThat(actual[i]).isCloseTo(expected[i], within(1e-5f));
      }
    }
  }
}
