package io.rewardlake.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.core.model.Ensemble;
import io.rewardlake.core.model.EnsembleManifest;
import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.jobs.config.ConfigException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mixed ensembles without Spark: the manifest references members by path and loads as any ensemble. */
class EnsembleAssemblerTest {
  /** Surefire runs in jobs/; the fixtures are the udfs module's test resources. */
  private static final Path FIXTURES = Path.of("").toAbsolutePath().getParent()
      .resolve("udfs/src/test/resources/djl");

  @TempDir
  Path dir;

  @Test
  void aDjlModelAndATrainedEnsembleBecomeOneEnsembleThatLoads() throws Exception {
    Path trained = trainedEnsemble(dir.resolve("trained"), 2);

    var assembled = EnsembleAssembler.assemble("mixed", dir.resolve("mixed").toString(),
        List.of(FIXTURES.resolve("rm-tiny").toString(), trained.toString()), "test", new Configuration());

    EnsembleManifest manifest = assembled.manifest();
    assertThat(manifest.members()).containsExactly(FIXTURES.resolve("rm-tiny").toString(),
        trained.resolve("member-00").toString(), trained.resolve("member-01").toString());
    assertThat(manifest.subsets()).isEmpty();
    assertThat(assembled.descriptions().get(0)).startsWith("djl rm-tiny");
    try (Ensemble ensemble = ModelStore.loadEnsemble(new LocalModelFiles(dir.resolve("mixed")))) {
      assertThat(ensemble.size()).isEqualTo(3);
      assertThat(ensemble.member(0).metadata().family()).isEqualTo("djl");
      assertThat(ensemble.member(2).metadata().family()).isEqualTo(ModelMetadata.BUILTIN_LINEAR);
    }
  }

  @Test
  void judgesFoldersWithoutAModelAnExistingEnsembleAndBadIdsAreRefused() throws Exception {
    String out = dir.resolve("out").toString();
    Configuration hadoop = new Configuration();
    assertThatThrownBy(() -> EnsembleAssembler.assemble("x", out, List.of(FIXTURES.resolve("lm-tiny").toString()),
        "test", hadoop)).isInstanceOf(ConfigException.class).hasMessageContaining("is a judge LM");
    assertThatThrownBy(() -> EnsembleAssembler.assemble("x", out, List.of(dir.toString()), "test", hadoop))
        .isInstanceOf(ConfigException.class).hasMessageContaining("neither model.json");
    assertThatThrownBy(() -> EnsembleAssembler.assemble("x y", out, List.of(), "test", hadoop))
        .isInstanceOf(ConfigException.class).hasMessageContaining("ensemble id");
    assertThatThrownBy(() -> EnsembleAssembler.assemble("x", out, List.of(), "test", hadoop))
        .isInstanceOf(ConfigException.class).hasMessageContaining("at least one member");
    EnsembleAssembler.assemble("x", out, List.of(FIXTURES.resolve("rm-tiny").toString()), "test", hadoop);
    assertThatThrownBy(() -> EnsembleAssembler.assemble("x", out, List.of(FIXTURES.resolve("rm-tiny").toString()),
        "test", hadoop)).isInstanceOf(ConfigException.class).hasMessageContaining("already holds an ensemble.json");
  }

  private static Path trainedEnsemble(Path root, int members) throws Exception {
    FeaturizerSpec spec = new FeaturizerSpec(10, 2, 1);
    LocalModelFiles files = new LocalModelFiles(root);
    for (int m = 0; m < members; m++) {
      ModelStore.writeLinear(files.resolve(ModelStore.memberDirectory(m)), new ModelMetadata(
          ModelMetadata.BUILTIN_LINEAR, "main-m" + m, "main", m, "kfold", spec.toMap(), Map.of(), "test"),
          new double[spec.dimension()]);
    }
    ModelStore.writeManifest(files, new EnsembleManifest("main", "run", List.of("member-00", "member-01"),
        Map.of("scheme", "kfold"), Map.of(), Map.of(), "test"));
    return root;
  }
}
