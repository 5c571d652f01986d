package io.rewardlake.cluster;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.cluster.LocalCluster.Command;
import io.rewardlake.core.judge.http.JudgePreflight;
import io.rewardlake.testkit.LoopbackOpenAiServer;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.config.YamlConfig;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.pipeline.PipelineConfig;
import io.rewardlake.jobs.pipeline.PipelineJob;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.RewardsTable;
import io.rewardlake.schemas.StrengthTable;
import io.rewardlake.schemas.TableContract;
import io.rewardlake.spark.vote.ExecutorEnsembles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * RewardLake on a real Spark standalone cluster (a master and two workers, each launching its own executor JVMs),
 * submitted as users do: {@code deploy/submit-standalone.sh} with the cluster jar. The pipeline's tables there must
 * hold the same values as the embedded run of the same settings, although an executor is killed in the middle of
 * {@code vote} and of {@code label}; then the driver of a vote with an ONNX member is killed in the middle of its write
 * and the re-run must match the embedded vote, and two label runs write one table at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterPipelineIT {
  private static final String KEY = "sk-cluster-test-0d15ea5e";
  private static final String REFERENCE_KEY = "sk-embedded-reference-5eed";
  private static final AtomicInteger REFERENCE_REQUESTS = new AtomicInteger();
  private static final AtomicInteger PROBES = new AtomicInteger();
  private static final int PAIRS = 300;
  private static final int LABEL_BATCH = 100;

  /** Kept after the run (logs of the cluster, the drivers and the executors); emptied when the tests start. */
  private static final Path dir = Path.of("target", "cluster-it").toAbsolutePath();

  private static LocalCluster cluster;
  private static LoopbackOpenAiServer judge;
  private static final Map<String, AtomicInteger> ASKED = new ConcurrentHashMap<>();
  private static SparkSession spark;

  @BeforeAll
  static void start() throws Exception {
    deleteRecursively(dir);
    Files.createDirectories(dir);
    cluster = LocalCluster.up(dir.resolve("cluster"));
    judge = LoopbackOpenAiServer.start(request -> {
      if (request.prompt().contains(JudgePreflight.CONTEXT)) {
        // Each run's preflight probe (the pipelines' and the label runs'), not a pair: not counted below.
        PROBES.incrementAndGet();
      } else if (("Bearer " + REFERENCE_KEY).equals(request.authorization())) {
        REFERENCE_REQUESTS.incrementAndGet();
      } else if (("Bearer " + KEY).equals(request.authorization())) {
        ASKED.computeIfAbsent(request.prompt(), k -> new AtomicInteger()).incrementAndGet();
      } else {
        return LoopbackOpenAiServer.Reply.error(401, "invalid api key");
      }
      // A judge whose answer depends only on the request: P("1") from a hash of the prompt.
      double p = 0.05 + 0.9 * ((request.prompt().hashCode() & 0x7fffffff) % 1000) / 1000.0;
      String space = request.chat() ? "" : " ";
      return LoopbackOpenAiServer.Reply.ok(LoopbackOpenAiServer.logprobsReply(request.chat(),
          Map.of(space + "1", Math.log(p), space + "2", Math.log(1 - p)))).after(10);
    }, 8);
    Files.writeString(dir.resolve("key"), KEY);
    Files.writeString(dir.resolve("reference-key"), REFERENCE_KEY);
    spark = SparkSession.builder().master("local[2]").appName("cluster-it-reference")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (judge != null) {
        judge.close();
      }
      if (spark != null) {
        spark.stop();
      }
    } finally {
      if (cluster != null) {
        cluster.close();
        assertThat(cluster.daemons()).as("every process the cluster script started is stopped").isEmpty();
        assertThat(cluster.executors()).as("no executor JVM is left behind").isEmpty();
      }
    }
  }

  private static void deleteRecursively(Path path) throws java.io.IOException {
    if (Files.exists(path)) {
      try (var paths = Files.walk(path)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The pipeline settings both runs share; only the lake differs. */
  private static Map<String, String> settings(Path lake) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("lake", lake.toString());
    settings.put("pipeline.stages", "synth,ingest,train,vote,label,clean,reward");
    settings.put("pipeline.report", "false");
    settings.put("synth.pairs", String.valueOf(PAIRS));
    settings.put("ingest.partitions", "2");
    settings.put("train.hash_bits", "12");
    settings.put("train.max_iterations", "30");
    settings.put("clean.vote_check", "warn");
    settings.put("label.judge", "http");
    settings.put("label.batch_pairs", String.valueOf(LABEL_BATCH));
    settings.put("label.partitions", "2");
    settings.put("judge.base_url", judge.baseUrl());
    settings.put("judge.model", "judge-a");
    settings.put("judge.api_key_file", dir.resolve("key").toString());
    settings.put("judge.concurrency", "2");
    return settings;
  }

  private static String[] setOptions(String job, Map<String, String> settings) {
    List<String> args = new ArrayList<>(List.of(job));
    settings.forEach((key, value) -> {
      if (key.equals("lake")) {
        args.addAll(List.of("--lake", value));
      } else {
        args.addAll(List.of("--set", key + "=" + value));
      }
    });
    return args.toArray(String[]::new);
  }

  @Test
  @Order(1)
  void thePipelineOnTheClusterMatchesTheEmbeddedRunDespiteLostExecutors() throws Exception {
    Path clustered = dir.resolve("clustered");
    Command run = cluster.submit(dir.resolve("pipeline.log"), Map.of(), setOptions("pipeline", settings(clustered)));
    // The embedded reference run meanwhile, in this JVM (its judge requests are told apart by the judge's key).
    Path embedded = dir.resolve("embedded");
    Map<String, String> reference = settings(embedded);
    reference.put("judge.api_key_file", dir.resolve("reference-key").toString());
    Thread referenceRun = new Thread(() -> PipelineJob.run(spark, PipelineConfig.from(Settings.resolve(
        YamlConfig.loadResource(YamlConfig.LOCAL_PIPELINE_RESOURCE), reference)), RunContext.start("pipeline",
        reference)), "embedded-reference-run");
    referenceRun.start();
    List<Long> killed = new ArrayList<>();
    killed.add(killAnExecutorOnceThe(run, "vote: ensemble 'main'"));
    killed.add(killAnExecutorOnceThe(run, "label: batch 1/"));
    Command.Result result = run.await(10, TimeUnit.MINUTES);
    referenceRun.join(TimeUnit.MINUTES.toMillis(10));

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(REFERENCE_REQUESTS.get()).as("the embedded run finished").isEqualTo(2 * PAIRS);
    assertThat(killed).as("an executor was running to be killed in vote and in label").doesNotContain(-1L);
    assertThat(result.output()).as("Spark saw the executors go and reran their tasks").contains("Lost executor");
    Lakehouse expected = new Lakehouse(spark, embedded.toString());
    Lakehouse actual = new Lakehouse(spark, clustered.toString());
    assertThat(ids(actual, PairsTable.CONTRACT, PairsTable.PAIR_ID)).hasSize(PAIRS)
        .isEqualTo(ids(expected, PairsTable.CONTRACT, PairsTable.PAIR_ID));
    assertSameNumbers(expected, actual, StrengthTable.CONTRACT, StrengthTable.PAIR_ID, StrengthTable.STRENGTH_MEAN);
    assertSameNumbers(expected, actual, StrengthTable.CONTRACT, StrengthTable.PAIR_ID, StrengthTable.STRENGTH_STD);
    assertSameNumbers(expected, actual, RewardsTable.CONTRACT, RewardsTable.SAMPLE_ID, RewardsTable.REWARD_MEAN);
    assertSameNumbers(expected, actual, RewardsTable.CONTRACT, RewardsTable.SAMPLE_ID, RewardsTable.REWARD_LCB);
    assertSameNumbers(expected, actual, AiLabelsTable.CONTRACT, AiLabelsTable.PAIR_ID, AiLabelsTable.P_A);
    assertThat(strings(actual, PairsCleanTable.CONTRACT, PairsCleanTable.PAIR_ID, PairsCleanTable.ACTION))
        .isEqualTo(strings(expected, PairsCleanTable.CONTRACT, PairsCleanTable.PAIR_ID, PairsCleanTable.ACTION));
    assertThat(strings(actual, AiLabelsTable.CONTRACT, AiLabelsTable.PAIR_ID, AiLabelsTable.STATUS).values())
        .hasSize(PAIRS).containsOnly("ok");
    // Each pair costs two requests (both orders); only the batch in flight when the executor died is asked again.
    long askedAgain = ASKED.values().stream().filter(count -> count.get() > 1).count();
    assertThat(ASKED).hasSize(2 * PAIRS);
    assertThat(askedAgain).isLessThanOrEqualTo(2L * LABEL_BATCH);
    assertOneLoadPerExecutor();
  }

  @Test
  @Order(2)
  void aDriverKilledMidWriteLeavesTheTableAtItsVersionAndTheRerunVotesWithAnOnnxMemberAsEmbedded() throws Exception {
    // The cluster's hashed members plus a DJL member (a tiny ONNX reward model with its tokenizer): the ONNX Runtime
    // and tokenizer natives must load from the cluster jar inside the executors.
    Path lake = dir.resolve("clustered");
    Path embedded = dir.resolve("embedded");
    String mixed = assembleMixedEnsemble(lake);
    Lakehouse lakehouse = new Lakehouse(spark, lake.toString());
    long version = lakehouse.version(StrengthTable.CONTRACT);
    Map<String, Double> main = strengths(lake, "main");
    String[] vote = {"vote", "--lake", lake.toString(), "--ensemble", mixed, "--set", "vote.mode=all"};

    Command killed = cluster.submit(dir.resolve("vote-killed.log"), Map.of(), vote);
    assertThat(killed.awaitLine("vote: ensemble 'mixed'", 300_000)).as(killed.read()).isTrue();
    Thread.sleep(1_500); // into the job that computes and writes the files
    killed.process().destroyForcibly().waitFor();

    assertThat(lakehouse.version(StrengthTable.CONTRACT)).as("no commit from the killed driver").isEqualTo(version);
    assertThat(strengths(lake, "mixed")).as("no rows from the killed driver").isEmpty();
    Command rerun = cluster.submit(dir.resolve("vote-rerun.log"), Map.of(), vote);
    // The embedded reference vote meanwhile, in this JVM.
    Map<String, String> reference = Map.of("lake", embedded.toString(), "vote.ensemble", mixed, "vote.mode", "all");
    io.rewardlake.jobs.vote.VoteJob.run(spark, io.rewardlake.jobs.vote.VoteConfig.from(Settings.resolve(reference)),
        RunContext.start("vote", reference));
    Command.Result result = rerun.await(5, TimeUnit.MINUTES);

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(lakehouse.version(StrengthTable.CONTRACT)).isEqualTo(version + 1);
    assertThat(strengths(lake, "main")).as("the other ensemble's rows untouched").isEqualTo(main);
    Map<String, Double> want = strengths(embedded, "mixed");
    Map<String, Double> got = strengths(lake, "mixed");
    assertThat(got).hasSize(PAIRS).containsOnlyKeys(want.keySet());
    // The ONNX member computes in float32 with as many intra-op threads as its JVM has cores (2 embedded, 1 per
    // executor), so sums may round differently: equal to float precision, not to 1e-9.
    want.forEach((id, value) -> assertThat(got.get(id)).as("strength of %s", id).isCloseTo(value, within(1e-6)));
    long loads = 0;
    for (Path log : cluster.executorLogs()) {
      long here = loadLines(log).filter(l -> l.startsWith(ExecutorEnsembles.LOAD_LINE + " " + mixed)).count();
      assertThat(here).as("loads of the mixed ensemble in %s", log).isLessThanOrEqualTo(1);
      loads += here;
    }
    assertThat(loads).as("the executors loaded the mixed ensemble").isPositive();
  }

  /** The cluster pipeline's ensemble plus the tiny ONNX reward model, assembled as {@code mixed}; its path. */
  private static String assembleMixedEnsemble(Path lake) throws Exception {
    Path main;
    try (var runs = Files.list(lake.resolve("ensembles/main"))) {
      main = runs.findFirst().orElseThrow();
    }
    Path tiny = LocalCluster.ROOT.resolve("udfs/src/test/resources/djl/rm-tiny");
    String mixed = dir.resolve("mixed").toString();
    io.rewardlake.jobs.model.EnsembleAssembler.assemble("mixed", mixed, List.of(main.toString(), tiny.toString()),
        "cluster-test", new org.apache.hadoop.conf.Configuration());
    return mixed;
  }

  /** Mean strength per pair of one ensemble; one row per pair. */
  private static Map<String, Double> strengths(Path lake, String ensemble) {
    Map<String, Double> values = new TreeMap<>();
    new Lakehouse(spark, lake.toString()).read(StrengthTable.CONTRACT, "test")
        .filter(col(StrengthTable.ENSEMBLE_ID).equalTo(ensemble)).collectAsList()
        .forEach(row -> assertThat(values.put(row.getAs(StrengthTable.PAIR_ID),
            row.getAs(StrengthTable.STRENGTH_MEAN))).as("one strength row per pair of %s", ensemble).isNull());
    return values;
  }

  @Test
  @Order(3)
  void twoLabelRunsWritingOneTableAtOnceBothEndCorrectlyOrOneSaysWhyAndARerunSucceeds() throws Exception {
    Path lake = dir.resolve("clustered");
    Map<String, Command> runs = new LinkedHashMap<>();
    for (String model : List.of("judge-b", "judge-c")) {
      runs.put(model, cluster.submit(dir.resolve("label-" + model + ".log"), Map.of(), labelArgs(lake, model)));
    }
    for (Map.Entry<String, Command> run : runs.entrySet()) {
      Command.Result result = run.getValue().await(5, TimeUnit.MINUTES);
      if (result.exitCode() != 0) {
        assertThat(result.output()).as("a failed concurrent run says what happened and what to do")
            .contains("concurrent", "re-run");
        Command.Result rerun = cluster.submit(dir.resolve("label-" + run.getKey() + "-rerun.log"), Map.of(),
            labelArgs(lake, run.getKey())).await(5, TimeUnit.MINUTES);
        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
      }
    }
    Lakehouse lakehouse = new Lakehouse(spark, lake.toString());
    for (String model : runs.keySet()) {
      List<Row> rows = lakehouse.read(AiLabelsTable.CONTRACT, "test")
          .filter(col(AiLabelsTable.JUDGE_ID).endsWith(":" + model)).collectAsList();
      assertThat(rows).as(model).hasSize(PAIRS).allMatch(row -> "ok".equals(row.getAs(AiLabelsTable.STATUS)));
      assertThat(rows.stream().map(row -> row.<String>getAs(AiLabelsTable.PAIR_ID)).distinct()).hasSize(PAIRS);
    }
    assertThat(lakehouse.read(AiLabelsTable.CONTRACT, "test").filter(col(AiLabelsTable.JUDGE_ID)
        .endsWith(":judge-a")).count()).as("the first judge's labels untouched").isEqualTo(PAIRS);
  }

  /** A label run of its own judge, one executor slot each so that two runs share the cluster at the same time. */
  private static String[] labelArgs(Path lake, String model) {
    return new String[] {"--conf", "spark.cores.max=1", "label", "--lake", lake.toString(), "--set",
        "label.judge=http", "--set", "judge.base_url=" + judge.baseUrl(), "--set", "judge.model=" + model, "--set",
        "judge.api_key_file=" + dir.resolve("key"), "--set", "label.batch_pairs=" + LABEL_BATCH};
  }

  /** Every executor JVM that scored loaded the ensemble once, however many tasks and jobs (vote, label, reward). */
  private static void assertOneLoadPerExecutor() throws Exception {
    Map<Path, Long> loads = new TreeMap<>();
    for (Path log : cluster.executorLogs()) {
      loads.put(log, loadLines(log).filter(l -> l.contains("/clustered/")).count());
    }
    assertThat(loads.values()).as("loads per executor: %s", loads).allMatch(n -> n <= 1).contains(1L);
  }

  /**
   * The distinct ensemble load lines of one executor log. Each load's line carries its number in the JVM, so a second
   * load is a second distinct line; the worker's log appender has been seen to write a stretch of an executor's
   * stderr twice when the executor is stopped, which must not count as a second load.
   */
  private static java.util.stream.Stream<String> loadLines(Path log) throws java.io.IOException {
    return Files.readAllLines(log).stream().filter(l -> l.startsWith(ExecutorEnsembles.LOAD_LINE)).distinct();
  }

  private static long killAnExecutorOnceThe(Command run, String line) throws Exception {
    if (!run.awaitLine(line, 300_000)) {
      return -1;
    }
    List<Long> executors = cluster.executors();
    if (executors.isEmpty()) {
      return -1;
    }
    long pid = executors.get(0);
    new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor();
    return pid;
  }

  private static List<String> ids(Lakehouse lake, TableContract table, String key) {
    return lake.read(table, "test").select(key).orderBy(key).collectAsList().stream().map(r -> r.getString(0))
        .toList();
  }

  private static Map<String, String> strings(Lakehouse lake, TableContract table, String key, String column) {
    Map<String, String> values = new TreeMap<>();
    for (Row row : lake.read(table, "test").select(key, column).collectAsList()) {
      assertThat(values.put(row.getString(0), row.getString(1))).as("one row per %s in %s", key, table.name())
          .isNull();
    }
    return values;
  }

  private static void assertSameNumbers(Lakehouse expected, Lakehouse actual, TableContract table, String key,
      String column) {
    Map<String, Double> want = numbers(expected, table, key, column);
    Map<String, Double> got = numbers(actual, table, key, column);
    assertThat(got.keySet()).as("%s keys", table.name()).isEqualTo(want.keySet());
    want.forEach((id, value) -> assertThat(got.get(id)).as("%s.%s of %s", table.name(), column, id)
        .isCloseTo(value, within(1e-9)));
  }

  private static Map<String, Double> numbers(Lakehouse lake, TableContract table, String key, String column) {
    Map<String, Double> values = new TreeMap<>();
    for (Row row : lake.read(table, "test").select(col(key), col(column).cast("double")).collectAsList()) {
      assertThat(values.put(row.getString(0), row.isNullAt(1) ? Double.NaN : row.getDouble(1)))
          .as("one row per %s in %s", key, table.name()).isNull();
    }
    return values;
  }
}
