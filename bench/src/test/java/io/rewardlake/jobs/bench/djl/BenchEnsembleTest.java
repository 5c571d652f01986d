package io.rewardlake.jobs.bench.djl;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.core.model.EnsembleManifest;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.neural.DevicePolicy;
import io.rewardlake.core.neural.NeuralModelSpec;
import io.rewardlake.core.vote.VoteMode;
import io.rewardlake.core.vote.VoterSelection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scratch ensemble points at the user's model and never writes into it; only model.json is read here. */
class BenchEnsembleTest {
  private static final String MODEL_JSON = """
      {"format": "rewardlake-model-v1", "family": "djl", "model_id": "rm-x", "batch_size": 8, "max_length": 64}
      """;

  @TempDir
  Path temp;

  @Test
  void aMemberByAbsolutePathThatVotesInModeAll() throws Exception {
    Path model = model();

    BenchEnsemble.Created created = BenchEnsemble.create(temp.resolve("scratch"), model, BenchEnsemble.Overrides.NONE);

    assertThat(created.member()).isEqualTo(model);
    EnsembleManifest manifest = ModelStore.readManifest(new LocalModelFiles(created.ensemble()));
    assertThat(manifest.members()).containsExactly(model.toAbsolutePath().toString());
    assertThat(VoterSelection.of(manifest, VoteMode.ALL).members()).isEqualTo(1);
  }

  @Test
  void overridesLinkTheFilesAndRewriteOnlyTheirOwnModelJson() throws Exception {
    Path model = model();

    BenchEnsemble.Created created = BenchEnsemble.create(temp.resolve("scratch"), model,
        new BenchEnsemble.Overrides(32, "gpu"));

    assertThat(created.member()).isNotEqualTo(model);
    assertThat(Files.isSymbolicLink(created.member().resolve("model.onnx"))).isTrue();
    assertThat(Files.readString(created.member().resolve("model.onnx"))).isEqualTo("onnx bytes");
    NeuralModelSpec spec = ModelStore.readNeuralSpec(new LocalModelFiles(created.member()));
    assertThat(spec.batchSize()).isEqualTo(32);
    assertThat(spec.device()).isEqualTo(DevicePolicy.GPU);
    assertThat(spec.maxLength()).isEqualTo(64);
    NeuralModelSpec original = ModelStore.readNeuralSpec(new LocalModelFiles(model));
    assertThat(original.batchSize()).isEqualTo(8);
    assertThat(original.device()).isEqualTo(DevicePolicy.AUTO);
    assertThat(ModelStore.readManifest(new LocalModelFiles(created.ensemble())).members())
        .isEqualTo(List.of(created.member().toAbsolutePath().toString()));
  }

  private Path model() throws Exception {
    Path model = Files.createDirectories(temp.resolve("rm-x"));
    Files.writeString(model.resolve("model.json"), MODEL_JSON);
    Files.writeString(model.resolve("model.onnx"), "onnx bytes");
    Files.writeString(model.resolve("tokenizer.json"), "{}");
    return model;
  }
}
