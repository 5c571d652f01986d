package io.rewardlake.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {
  private static final FeaturizerSpec SPEC = new FeaturizerSpec(10, 2, 1);
  private static final List<PromptResponse> BATCH = List.of(
      new PromptResponse("Human: how do I water basil?", "Water it when the soil is dry."),
      new PromptResponse("Human: 你好吗？", "我很好，谢谢。"),
      new PromptResponse("", ""));

  @TempDir
  Path dir;

  @Test
  void anEnsembleRoundTripsAndScoresLikeTheWeightsItWasWrittenWith() throws IOException {
    double[][] weights = {randomWeights(1), randomWeights(2)};
    LocalModelFiles root = new LocalModelFiles(dir.resolve("ens"));
    for (int m = 0; m < 2; m++) {
      ModelStore.writeLinear(root.resolve(ModelStore.memberDirectory(m)), metadata(m), weights[m]);
    }
    ModelStore.writeManifest(root, manifest());

    try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(dir.resolve("ens")))) {
      assertThat(ensemble.id()).isEqualTo("e1");
      assertThat(ensemble.manifest().subsets()).containsEntry("scheme", "kfold");
      assertThat(ensemble.member(1).metadata()).isEqualTo(metadata(1));
      float[][] scores = ensemble.score(BATCH);
      Featurizer featurizer = new Featurizer(SPEC);
      for (int m = 0; m < 2; m++) {
        for (int i = 0; i < BATCH.size(); i++) {
          double expected = featurizer.features(BATCH.get(i).prompt(), BATCH.get(i).response()).dot(weights[m]);
          assertThat(scores[m][i]).isEqualTo((float) expected);
        }
      }
    }
  }

  @Test
  void weightsAreLittleEndianFloat32OnePerSlot() throws IOException {
    double[] weights = randomWeights(3);
    ModelStore.writeLinear(new LocalModelFiles(dir), metadata(0), weights);
    byte[] bytes = Files.readAllBytes(dir.resolve(ModelStore.WEIGHTS));
    assertThat(bytes).hasSize(4 * SPEC.dimension());
    assertThat(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getFloat(4 * 7)).isEqualTo((float) weights[7]);
  }

  @Test
  void anIncompleteEnsembleIsRefusedWithTheReason() throws IOException {
    LocalModelFiles root = new LocalModelFiles(dir);
    ModelStore.writeLinear(root.resolve(ModelStore.memberDirectory(0)), metadata(0), randomWeights(4));
    assertThatThrownBy(() -> ModelStore.loadEnsemble(root)).hasMessageContaining("did not finish");
  }

  @Test
  void aTruncatedWeightsFileIsRefused() throws IOException {
    LocalModelFiles root = new LocalModelFiles(dir);
    ModelStore.writeLinear(root, metadata(0), randomWeights(5));
    Files.write(dir.resolve(ModelStore.WEIGHTS), new byte[12]);
    assertThatThrownBy(() -> ModelStore.loadModel(root)).hasMessageContaining("truncated");
  }

  @Test
  void anUnknownFamilyIsRefusedByName() throws IOException {
    LocalModelFiles root = new LocalModelFiles(dir);
    ModelMetadata unknown = new ModelMetadata("tensorflow", "m", "e1", 0, "all", Map.of(), Map.of(), "test");
    ModelStore.writeLinear(root, unknown, new double[0]);
    assertThatThrownBy(() -> ModelStore.loadModel(root)).hasMessageContaining("family 'tensorflow'")
        .hasMessageContaining("builtin-linear, builtin-mlp, djl, djl-encoder, djl-lm, encoder");
  }

  private static ModelMetadata metadata(int member) {
    return new ModelMetadata(ModelMetadata.BUILTIN_LINEAR, "e1-m" + member, "e1", member,
        "kfold(seed=1,repeat=0,fold=" + member + ",folds=2)", SPEC.toMap(), Map.of("table", "pairs", "version", "3"),
        "test");
  }

  private static EnsembleManifest manifest() {
    return new EnsembleManifest("e1", "run-1", List.of("member-00", "member-01"),
        Map.of("scheme", "kfold", "members", "2", "folds", "2", "seed", "1"), Map.of("l2", "0.0001"),
        Map.of("oof.accuracy", 0.75), "test");
  }

  /** Float-representable, so writing them as float32 loses nothing and scores can be compared exactly. */
  private static double[] randomWeights(long seed) {
    return new Random(seed).doubles(SPEC.dimension(), -1, 1).map(value -> (float) value).toArray();
  }
}
