package io.rewardlake.core.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.core.model.RewardModel;
import io.rewardlake.core.neural.ComputeDevice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture reward model loaded through DJL exactly as a user's exported model is: {@link ModelStore#loadModel}. */
class DjlRewardModelTest {
  private static DjlRewardModel model;
  private static Map<String, Double> weights;
  private static double bias;

  @BeforeAll
  static void load() throws Exception {
    RewardModel loaded = ModelStore.loadModel(new LocalModelFiles(DjlFixtures.rewardModel()));
    assertThat(loaded).isInstanceOf(DjlRewardModel.class);
    model = (DjlRewardModel) loaded;
    weights = DjlFixtures.numbers(DjlFixtures.rewardModel(), "weights");
    bias = DjlFixtures.fixture(DjlFixtures.rewardModel()).path("bias").asDouble();
  }

  @AfterAll
  static void close() {
    model.close();
  }

  /** bias + the weights of every token the model sees: [CLS], the formatted text, [SEP] (specials weigh 0). */
  private static double expected(String prompt, String response) {
    double sum = bias;
    for (String word : DjlFixtures.words("Human : " + prompt + " Assistant : " + response)) {
      sum += weights.getOrDefault(word, 0.0);
    }
    return sum;
  }

  @Test
  void scoresAreTheKnownTokensWeightsAndTheRewardLogitIsTheConfiguredOne() {
    PromptResponse good = new PromptResponse("how do I keep basil fresh?", "Trim it, then keep it in water"
        + " because it wilts; check it daily.");
    PromptResponse bad = new PromptResponse("how do I keep basil fresh?", "What a silly question, search it"
        + " yourself.");
    float[] scores = model.score(List.of(good, bad));
    assertThat(scores[0]).isCloseTo((float) expected(good.prompt(), good.response()), within(1e-5f));
    assertThat(scores[1]).isCloseTo((float) expected(bad.prompt(), bad.response()), within(1e-5f));
    assertThat(scores[0]).isGreaterThan(scores[1]);
    assertThat(model.metadata().family()).isEqualTo("djl");
    assertThat(model.metadata().modelId()).isEqualTo("rm-tiny");
    assertThat(model.device()).isEqualTo(ComputeDevice.CPU);
  }

  @Test
  void aScoreIsTheSameAloneAndInAPaddedBatchInAnyOrder() {
    PromptResponse shortOne = new PromptResponse("hi", "sorry");
    List<PromptResponse> batch = new ArrayList<>();
    batch.add(shortOne);
    for (int i = 0; i < 20; i++) {
      batch.add(new PromptResponse("question " + i, "step ".repeat(i) + "because clear"));
    }
    float alone = model.score(List.of(shortOne))[0];
    float[] together = model.score(batch);
    // The pad token weighs 0.37 in the fixture: a runtime that ignored the attention mask would differ here.
    assertThat(together[0]).isEqualTo(alone);
    List<PromptResponse> shuffled = new ArrayList<>(batch);
    Collections.reverse(shuffled);
    float[] reversed = model.score(shuffled);
    for (int i = 0; i < batch.size(); i++) {
      assertThat(reversed[batch.size() - 1 - i]).isEqualTo(together[i]);
      assertThat(together[i]).isCloseTo((float) expected(batch.get(i).prompt(), batch.get(i).response()),
          within(1e-4f));
    }
  }

  @Test
  void aTooLongInputKeepsTheEndOfTheResponse() {
    // max_length 48: [CLS] + [SEP] leave 46 tokens; the 6-token context keeps all of itself (under a quarter of
    // the budget is not needed), so the response keeps its last 40 tokens.
    String response = "silly ".repeat(50) + "because specific";
    PromptResponse input = new PromptResponse("why?", response);
    var encoded = model.encode(input);
    assertThat(encoded.ids()).hasSize(48);
    assertThat(encoded.droppedContext()).isZero();
    assertThat(encoded.droppedResponse()).isEqualTo(52 - 40);
    double kept = bias + weights.get("because") + weights.get("specific") + 38 * weights.get("silly");
    assertThat(model.score(List.of(input))[0]).isCloseTo((float) kept, within(1e-4f));
  }

  @Test
  void djlItselfIsOfflineOnceAModelIsLoadedThroughTheStore() {
    // The model was loaded through ModelStore in @BeforeAll: DJL must now refuse every download, by its own reading.
    assertThat(ai.djl.util.Utils.isOfflineMode()).isTrue();
    assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
  }

  @Test
  void aJudgeModelIsNotAnEnsembleMemberAndAMissingEngineSaysWhichBuildHasIt(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> ModelStore.loadModel(new LocalModelFiles(DjlFixtures.judgeModel())))
        .isInstanceOf(IOException.class).hasMessageContaining("judge LM");
    Path torch = copyWithModelJson(dir.resolve("torch"), "\"engine\": \"OnnxRuntime\"",
        "\"engine\": \"PyTorch\"");
    assertThatThrownBy(() -> ModelStore.loadModel(new LocalModelFiles(torch)))
        .hasMessageContaining("mvn -Ppytorch package");
    Path missing = copyWithModelJson(dir.resolve("missing"), "\"model.onnx\"", "\"absent.onnx\"");
    assertThatThrownBy(() -> ModelStore.loadModel(new LocalModelFiles(missing)))
        .isInstanceOf(IOException.class).hasMessageContaining("absent.onnx does not exist");
  }

  private static Path copyWithModelJson(Path target, String from, String to) throws IOException {
    Files.createDirectories(target);
    try (var files = Files.list(DjlFixtures.rewardModel())) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    Path json = target.resolve("model.json");
    Files.writeString(json, Files.readString(json).replace(from, to));
    return target;
  }
}
