package io.rewardlake.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.PipelineLake;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.config.YamlConfig;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.RejectsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the packaged local pipeline config, scaled down, from synthetic corpus to Delta tables. The full run is
 * the shared {@link PipelineLake}, which other tests read too; its assertions live here.
 */
class PipelineJobIT {
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void theDefaultStagesRunFromCorpusToEvaluationAndAccountForEveryRecord() {
    PipelineSummary summary = PipelineLake.summary();
    Path lake = PipelineLake.root();

    assertThat(summary.synth().pairs()).isEqualTo(600);
    assertThat(summary.ingest().read()).isEqualTo(600);
    assertThat(summary.ingest().isBalanced()).isTrue();
    assertThat(summary.ingest().rejected()).isZero();

    Dataset<Row> pairs = table(lake, "pairs");
    PairsTable.CONTRACT.requireExactly(pairs.schema());
    assertThat(pairs.count()).isEqualTo(summary.ingest().added());
    assertThat(pairs.filter("label_source = 'synthetic' AND label_p = 1.0").count()).isEqualTo(pairs.count());
    assertThat(pairs.filter("meta['flipped'] = 'true'").count()).isPositive();
    assertThat(pairs.filter("split = 'test'").count()).isPositive();
    Dataset<Row> rejects = table(lake, "rejects");
    RejectsTable.CONTRACT.requireExactly(rejects.schema());
    assertThat(rejects.count()).isZero();
    assertThat(summary.train().members()).isEqualTo(10);
    assertThat(summary.train().trainingPairs() + summary.train().testPairs()).isEqualTo(pairs.count());
    assertThat(table(lake, "strength").count()).isEqualTo(pairs.count());
    assertThat(summary.vote().distribution().flips()).isNotNull();
    assertThat(table(lake, "ai_labels").filter("judge_id = 'ensemble:main' AND status = 'ok'").count())
        .isEqualTo(pairs.count());
    assertThat(summary.label().evaluation().bothOrders().pairs()).isEqualTo(pairs.count());
    assertThat(summary.label().evaluation().positionConsistency()).isEqualTo(1.0);
    assertThat(summary.label().evaluation().truth().rate()).isGreaterThan(0.6);
    assertThat(table(lake, "pairs_clean").count()).isEqualTo(pairs.count());
    // On this small corpus the vote (61% agreement with the labels) is not 5 points above "the longer answer wins"
    // (57%), so the default vote check withholds every flip and says so in the pairs' reasons and the summary.
    assertThat(table(lake, "pairs_clean").filter("action = 'flip'").count()).isZero();
    assertThat(table(lake, "pairs_clean").filter("reason LIKE '%not flipped: the vote agrees with the labels%'").count())
        .isPositive();
    assertThat(summary.lines()).anyMatch(line -> line.startsWith("clean: WARNING: the vote is not 5 points better"));
    assertThat(summary.retrain().ensembleId()).isEqualTo("cleaned");
    // main, cleaned and oracle: 10 members each
    assertThat(table(lake, "models").count()).isEqualTo(30);
    assertThat(summary.evaluate().raw().pairs()).isEqualTo(summary.train().testPairs());
    assertThat(summary.evaluate().cleaned().pairs()).isEqualTo(summary.train().testPairs());
    assertThat(summary.evaluate().oracle().pairs()).isEqualTo(summary.train().testPairs());
    assertThat(summary.evaluate().flipAction().injected())
        .isEqualTo(pairs.filter("meta['flipped'] = 'true'").count());
    assertThat(table(lake, "rewards").count()).isEqualTo(summary.reward().samples()).isPositive();
    assertThat(table(lake, "best_of_n").count()).isEqualTo(summary.reward().picks());
    assertThat(summary.reward().curve().points()).isNotEmpty();
    assertThat(summary.lines()).anyMatch(line -> line.startsWith("evaluate: flip detection ROC-AUC"))
        .anyMatch(line -> line.startsWith("retrain: ensemble 'cleaned'"));
    assertThat(summary.lines()).last().asString().isEqualTo("report: " + lake.resolve("report/index.html"));
    assertThat(lake.resolve("report/index.html")).isNotEmptyFile();
  }

  @Test
  void sameSeedWritesTheSameCorpusAndTheRerunReplacesTheTables() throws Exception {
    Map<String, String> ingestOnly = Map.of("pipeline.stages", "synth,ingest");
    runPipeline(ingestOnly);
    byte[] first = Files.readAllBytes(dir.resolve("lake/raw/synth.jsonl"));
    long pairsBefore = table("pairs").count();

    PipelineSummary again = runPipeline(ingestOnly);

    assertThat(Files.readAllBytes(dir.resolve("lake/raw/synth.jsonl"))).isEqualTo(first);
    assertThat(Files.exists(dir.resolve("lake/raw/synth_candidates.jsonl"))).isTrue();
    assertThat(table("pairs").count()).isEqualTo(pairsBefore).isEqualTo(again.ingest().added());
  }

  private Dataset<Row> table(String name) {
    return table(dir.resolve("lake"), name);
  }

  private Dataset<Row> table(Path lake, String name) {
    return spark.read().format("delta").load(lake.resolve(name).toString());
  }

  private PipelineSummary runPipeline(Map<String, String> overrides) {
    Map<String, String> settings = new java.util.HashMap<>(PipelineLake.SCALED_DOWN);
    settings.put("lake", dir.resolve("lake").toString());
    settings.putAll(overrides);
    Settings resolved = Settings.resolve(YamlConfig.loadResource(YamlConfig.LOCAL_PIPELINE_RESOURCE), settings);
    return PipelineJob.run(spark, PipelineConfig.from(resolved), RunContext.start("pipeline", Map.of()));
  }
}
