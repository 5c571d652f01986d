package io.rewardlake.jobs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.config.YamlConfig;
import io.rewardlake.jobs.pipeline.PipelineConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in conf/: pipeline configs parse and validate; Spark profiles use only real Spark keys. */
class ConfFilesTest {
  static final Path CONF = RepoFiles.ROOT.resolve("conf");
  static final List<String> PROFILES = List.of("local", "standalone", "yarn-gpu", "k8s-gpu", "rapids");

  static Stream<Path> pipelineConfigs() throws IOException {
    return RepoFiles.list(CONF, "pipeline-", ".yaml");
  }

  static Stream<Path> sparkProfiles() throws IOException {
    return RepoFiles.list(CONF, "spark-", ".properties");
  }

  @ParameterizedTest
  @MethodSource("pipelineConfigs")
  void pipelineConfigParsesAndValidates(Path file) {
    Settings settings = Settings.resolve(YamlConfig.load(file));
    PipelineConfig config = PipelineConfig.from(settings);
    assertThat(config.stages()).isNotEmpty();
  }

  @Test
  void theFiveProfilesAndBothPipelineConfigsExist() throws IOException {
    assertThat(sparkProfiles().map(RepoFiles::name))
        .containsExactlyInAnyOrderElementsOf(PROFILES.stream().map(p -> "spark-" + p + ".properties").toList());
    assertThat(pipelineConfigs().map(RepoFiles::name)).contains("pipeline-local.yaml", "pipeline-cluster.yaml");
  }

  @ParameterizedTest
  @MethodSource("sparkProfiles")
  void everySparkKeyIsARealKey(Path file) throws IOException {
    Properties profile = load(file);
    assertThat(profile.stringPropertyNames()).isNotEmpty()
        .allSatisfy(key -> assertThat(SparkKeys.isKnown(key)).as("%s in %s is a Spark key", key, file).isTrue());
  }

  @ParameterizedTest
  @MethodSource("sparkProfiles")
  void gpuProfilesRequestGpusAndEnableRapidsLikeTheRapidsProfile(Path file) throws IOException {
    if (List.of("spark-local.properties", "spark-standalone.properties").contains(RepoFiles.name(file))) {
      assertThat(load(file).stringPropertyNames()).noneMatch(key -> key.contains("gpu") || key.contains("rapids"));
      return;
    }
    Properties profile = load(file);
    assertThat(profile.getProperty("spark.executor.resource.gpu.amount")).isEqualTo("1");
    assertThat(profile.getProperty("spark.task.resource.gpu.amount")).isNotBlank();
    assertThat(profile.getProperty("spark.executor.resource.gpu.discoveryScript")).endsWith("getGpusResources.sh");
    Properties rapids = load(CONF.resolve("spark-rapids.properties"));
    for (String key : rapids.stringPropertyNames()) {
      if (key.startsWith("spark.rapids.") || key.equals("spark.plugins") || key.startsWith("spark.sql.")) {
        assertThat(profile.getProperty(key)).as("%s in %s", key, file).isEqualTo(rapids.getProperty(key));
      }
    }
  }

  @Test
  void theKeyCheckRejectsMisspelledAndInventedKeys() {
    assertThat(SparkKeys.isKnown("spark.executor.memoryOverhead")).isTrue();
    assertThat(SparkKeys.isKnown("spark.sql.shuffle.partitions")).isTrue();
    assertThat(SparkKeys.isKnown("spark.databricks.delta.retentionDurationCheck.enabled")).isTrue();
    assertThat(SparkKeys.isKnown("spark.executor.memoryOverhed")).isFalse();
    assertThat(SparkKeys.isKnown("spark.rapids.sql.enabeld")).isFalse();
    assertThat(SparkKeys.isKnown("spark.kubernetes.executor.tolerations")).isFalse();
    assertThat(SparkKeys.isKnown("spark.executor.resource.gpu.amout")).isFalse();
  }

  @Test
  void listedKeysAreNotInTheRegistry() {
    // If Spark's registry knew a listed key, the list would be hiding a check the registry can do.
    assertThat(SparkKeys.outsideRegistry()).isNotEmpty().noneMatch(SparkKeys::inSparkRegistry);
  }

  static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    }
    return properties;
  }
}
