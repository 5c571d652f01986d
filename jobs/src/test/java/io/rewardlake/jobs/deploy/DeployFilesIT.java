package io.rewardlake.jobs.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.rewardlake.jobs.config.ConfigKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * deploy/ without a cluster: the Airflow DAG is valid Python whose jobs and options our CLI accepts; the
 * spark-operator manifests are valid YAML naming our main class, conf files and image paths; the submit wrappers'
 * dry runs are spark-submit commands whose application arguments our CLI accepts; the image definition is pinned and
 * copies what the build produces.
 */
class DeployFilesIT {
  static final Path DEPLOY = RepoFiles.ROOT.resolve("deploy");
  static final String MAIN_CLASS = "io.rewardlake.jobs.Main";
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final ObjectMapper JSON = new ObjectMapper();

  // --- Airflow ---

  @Test
  void theDagIsPythonWhoseStagesOurCliRunsInPipelineOrder() throws Exception {
    JsonNode dag = extractDag();
    assertThat(dag.get("MAIN_CLASS").asText()).isEqualTo(MAIN_CLASS);
    assertThat(Class.forName(MAIN_CLASS)).isNotNull();
    assertThat(dag.get("retries").asInt()).isPositive();
    assertThat(names(dag.get("params"))).contains("lake", "ensemble", "judge");
    assertThat(dag.get("operators")).isNotEmpty().allSatisfy(operator -> assertThat(names(operator))
        .contains("application", "java_class", "application_args", "conf", "packages", "jars", "files"));
    List<String> common = strings(dag.get("COMMON_ARGS"));
    List<String> taskIds = new ArrayList<>();
    for (JsonNode stage : dag.get("STAGES")) {
      List<String> args = new ArrayList<>(strings(stage.get(1)));
      args.addAll(common);
      assertThat(CliArgs.parse(CliArgs.rendered(args))).as("task %s", stage.get(0)).isEqualTo(args.get(0));
      taskIds.add(stage.get(0).asText());
    }
    List<String> order = new ArrayList<>(ConfigKeys.STAGES);
    order.add("report");
    assertThat(taskIds).hasSizeGreaterThanOrEqualTo(7).isSubsetOf(order)
        .isSortedAccordingTo((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
  }

  @Test
  void theCliCheckRejectsUnknownJobsAndOptions() {
    assertThatThrownBy(() -> CliArgs.parse(List.of("vote", "--ensembel", "main"))).hasMessageContaining("--ensembel");
    assertThatThrownBy(() -> CliArgs.parse(List.of("polish", "--lake", "x"))).hasMessageContaining("polish");
    assertThat(CliArgs.parse(CliArgs.rendered(List.of("vote", "--ensemble", "{{ params.ensemble }}"))))
        .isEqualTo("vote");
  }

  private static JsonNode extractDag() throws Exception {
    Path python = Path.of("/root/.pyenv/shims/python3");
    String interpreter = Files.isExecutable(python) ? python.toString() : "python3";
    Assumptions.assumeTrue(runs(interpreter, "--version"), "python3 is not installed: the DAG cannot be parsed");
    Path script = Path.of(DeployFilesIT.class.getResource("/deploy/dag_extract.py").toURI());
    Process process = new ProcessBuilder(interpreter, script.toString(),
        DEPLOY.resolve("airflow/rewardlake_dag.py").toString()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("dag_extract.py: %s", out).isZero();
    return JSON.readTree(out);
  }

  // --- Kubernetes ---

  static Stream<Path> manifests() throws IOException {
    return RepoFiles.list(DEPLOY.resolve("k8s"), "rewardlake-", ".yaml");
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void manifestIsASparkApplicationOfOurJarOnGpuExecutors(Path file) throws Exception {
    JsonNode app = YAML.readTree(file.toFile());
    JsonNode spec = app.get("spec");
    assertThat(app.get("apiVersion").asText()).isEqualTo("sparkoperator.k8s.io/v1beta2");
    assertThat(app.get("kind").asText()).isEqualTo("SparkApplication");
    assertThat(Class.forName(spec.get("mainClass").asText()).getName()).isEqualTo(MAIN_CLASS);
    List<String> image = Dockerfile.read().destinations();
    assertThat(localPath(spec.get("mainApplicationFile").asText())).isIn(image);
    assertThat(strings(spec.at("/deps/jars"))).allSatisfy(jar -> assertThat(localPath(jar)).isIn(image));
    List<String> args = strings(spec.get("arguments"));
    CliArgs.parse(args);
    String config = args.get(args.indexOf("--config") + 1);
    assertThat(config).startsWith("/opt/rewardlake/conf/");
    assertThat(RepoFiles.ROOT.resolve(config.substring("/opt/rewardlake/".length()))).isRegularFile();
    assertThat(spec.get("sparkConf").fieldNames()).toIterable()
        .allSatisfy(key -> assertThat(SparkKeys.isKnown(key)).as("%s in %s", key, file).isTrue());
    assertThat(spec.at("/sparkConf/spark.eventLog.enabled").asText()).isEqualTo("true");
    assertThat(spec.at("/executor/gpu/name").asText()).isEqualTo("nvidia.com/gpu");
    assertThat(spec.at("/executor/gpu/quantity").asInt()).isEqualTo(1);
    assertThat(spec.at("/executor/tolerations/0/key").asText()).isEqualTo("nvidia.com/gpu");
  }

  @Test
  void thereIsAManifestPerStageAndThePodTemplateIsInTheImage() throws Exception {
    List<String> stages = manifests().map(RepoFiles::name)
        .map(name -> name.substring("rewardlake-".length(), name.length() - ".yaml".length())).toList();
    assertThat(stages).contains("ingest", "train", "vote", "label", "clean", "retrain", "reward", "report",
        "pipeline");
    JsonNode template = YAML.readTree(DEPLOY.resolve("k8s/gpu-executor-template.yaml").toFile());
    assertThat(template.get("kind").asText()).isEqualTo("Pod");
    assertThat(template.at("/spec/tolerations/0/key").asText()).isEqualTo("nvidia.com/gpu");
    String templatePath = ConfFilesTest.load(RepoFiles.ROOT.resolve("conf/spark-k8s-gpu.properties"))
        .getProperty("spark.kubernetes.executor.podTemplateFile");
    assertThat(templatePath).isIn(Dockerfile.read().destinations());
  }

  // --- Container image ---

  @Test
  void theImageIsPinnedToOurSparkAndCopiesWhatTheBuildProduces() throws Exception {
    Dockerfile docker = Dockerfile.read();
    Pom pom = Pom.read();
    assertThat(docker.from()).isEqualTo("apache/spark:" + pom.property("spark.version") + "-scala"
        + pom.property("scala.binary.version") + "-java17-ubuntu");
    for (String source : docker.copySources()) {
      if (source.startsWith("jobs/target/")) {
        assertThat(source).isIn("jobs/target/rewardlake-jobs-" + pom.version() + "-cluster.jar",
            "jobs/target/lib/delta-spark_" + pom.property("scala.binary.version") + "-"
                + pom.property("delta.version") + ".jar",
            "jobs/target/lib/delta-storage-" + pom.property("delta.version") + ".jar");
      } else {
        assertThat(RepoFiles.ROOT.resolve(source)).as("COPY source %s", source).exists();
      }
    }
    Properties profile = ConfFilesTest.load(RepoFiles.ROOT.resolve("conf/spark-k8s-gpu.properties"));
    assertThat(profile.getProperty("spark.executor.resource.gpu.discoveryScript")).isIn(docker.destinations());
  }

  // --- spark-submit wrappers ---

  @Test
  void yarnDryRunSubmitsOurJarWithTheProfileDeltaRapidsAndAShippedConfig() throws Exception {
    List<String> command = dryRun("submit-yarn.sh", "pipeline", "--config", "conf/pipeline-cluster.yaml",
        "--lake", "hdfs:///lake");
    Pom pom = Pom.read();
    assertThat(command.get(0)).endsWith("spark-submit");
    assertThat(option(command, "--master")).isEqualTo("yarn");
    assertThat(option(command, "--class")).isEqualTo(MAIN_CLASS);
    assertThat(Path.of(option(command, "--properties-file"))).isEqualTo(RepoFiles.ROOT.resolve(
        "conf/spark-yarn-gpu.properties"));
    assertThat(option(command, "--packages")).isEqualTo("io.delta:delta-spark_2.12:" + pom.property("delta.version"));
    assertThat(option(command, "--jars")).contains("rapids-4-spark_2.12-25.04");
    assertThat(option(command, "--files")).isEqualTo("conf/pipeline-cluster.yaml");
    int jar = command.indexOf(RepoFiles.ROOT.resolve("jobs/target/rewardlake-jobs-" + pom.version()
        + "-cluster.jar").toString());
    assertThat(jar).isPositive();
    List<String> job = command.subList(jar + 1, command.size());
    assertThat(job).containsExactly("pipeline", "--config", "pipeline-cluster.yaml", "--lake", "hdfs:///lake");
    assertThat(CliArgs.parse(job)).isEqualTo("pipeline");
  }

  @Test
  void k8sDryRunSubmitsTheImagesJarsWithTheGpuProfile() throws Exception {
    List<String> command = dryRun("submit-k8s.sh", "--conf", "spark.executor.instances=2", "vote", "--ensemble",
        "main", "--lake", "s3a://bucket/lake");
    assertThat(option(command, "--master")).startsWith("k8s://");
    assertThat(option(command, "--class")).isEqualTo(MAIN_CLASS);
    assertThat(Path.of(option(command, "--properties-file"))).isEqualTo(RepoFiles.ROOT.resolve(
        "conf/spark-k8s-gpu.properties"));
    List<String> image = Dockerfile.read().destinations();
    assertThat(List.of(option(command, "--jars").split(","))).hasSize(3)
        .allSatisfy(jar -> assertThat(localPath(jar)).isIn(image));
    assertThat(option(command, "--conf")).isEqualTo("spark.executor.instances=2");
    int jar = command.indexOf("local:///opt/rewardlake/jars/rewardlake-jobs-cluster.jar");
    assertThat(localPath(command.get(jar))).isIn(image);
    assertThat(CliArgs.parse(command.subList(jar + 1, command.size()))).isEqualTo("vote");
  }

  @Test
  void standaloneDryRunSubmitsOurJarToTheMasterInClientModeWithDelta() throws Exception {
    List<String> command = dryRun("submit-standalone.sh", "--conf", "spark.cores.max=1", "label", "--lake",
        "/tmp/lake");
    Pom pom = Pom.read();
    assertThat(command.get(0)).endsWith("spark-submit");
    assertThat(option(command, "--master")).isEqualTo("spark://127.0.0.1:7077");
    assertThat(option(command, "--deploy-mode")).isEqualTo("client");
    assertThat(Path.of(option(command, "--properties-file"))).isEqualTo(RepoFiles.ROOT.resolve(
        "conf/spark-standalone.properties"));
    // Delta: the jars the build copied when they are there, else the package from Maven Central
    String delta = command.contains("--jars") ? option(command, "--jars") : option(command, "--packages");
    assertThat(delta).contains("delta-spark_2.12", pom.property("delta.version"));
    assertThat(command).contains("spark.cores.max=1", "spark.driver.host=127.0.0.1");
    int jar = command.indexOf(RepoFiles.ROOT.resolve("jobs/target/rewardlake-jobs-" + pom.version()
        + "-cluster.jar").toString());
    assertThat(CliArgs.parse(command.subList(jar + 1, command.size()))).isEqualTo("label");
  }

  @Test
  void standaloneClusterModeGivesTheDriverTheModuleOptionsAndWaitsForIt() throws Exception {
    List<String> command = dryRun(Map.of("DEPLOY_MODE", "cluster"), "submit-standalone.sh", "vote");

    assertThat(option(command, "--deploy-mode")).isEqualTo("cluster");
    assertThat(option(command, "--driver-java-options")).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
    assertThat(command).contains("spark.standalone.submit.waitAppCompletion=true");
  }

  @Test
  void aDryRunOfAJobTheCliDoesNotKnowFailsTheCheck() throws Exception {
    List<String> command = dryRun("submit-yarn.sh", "polish", "--shine");
    List<String> job = command.subList(command.indexOf("polish"), command.size());
    assertThatThrownBy(() -> CliArgs.parse(job)).hasMessageContaining("polish");
  }

  /** Runs a wrapper with --dry-run and splits its one-line output back into words, as bash would. */
  private static List<String> dryRun(String wrapper, String... args) throws Exception {
    return dryRun(Map.of(), wrapper, args);
  }

  private static List<String> dryRun(Map<String, String> env, String wrapper, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", DEPLOY.resolve(wrapper).toString(), "--dry-run"));
    command.addAll(List.of(args));
    String line = run(command, env);
    String words = run(List.of("bash", "-c", "eval \"set -- $1\"; printf '%s\\n' \"$@\"", "split", line.strip()));
    return words.lines().toList();
  }

  private static String run(List<String> command) throws Exception {
    return run(command, Map.of());
  }

  private static String run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(RepoFiles.ROOT.toFile());
    builder.environment().remove("SPARK_HOME");
    builder.environment().putAll(env);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("%s: %s", command, err).isZero();
    return out;
  }

  private static boolean runs(String... command) {
    try {
      return new ProcessBuilder(command).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String option(List<String> command, String name) {
    int at = command.indexOf(name);
    assertThat(at).as("%s in %s", name, command).isPositive();
    return command.get(at + 1);
  }

  private static String localPath(String uri) {
    return uri.startsWith("local://") ? uri.substring("local://".length()) : uri;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }

  private static List<String> names(JsonNode array) {
    return strings(array);
  }
}
