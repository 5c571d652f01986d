package io.rewardlake.jobs.evaluate;

import io.rewardlake.jobs.PairRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.jobs.PipelineLake;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.clean.VoteCheck;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.evaluate.FlipInjection.Injected;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.pipeline.PipelineConfig;
import io.rewardlake.schemas.ModelsTable;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.EvaluationsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import io.rewardlake.schemas.TableContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The injected-noise audit: exact seeded injection, and a run that measures on a copy and leaves the lake alone. */
class FlipAuditIT {
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void injectionIsExactSeededAndSparesHeldOutPairsAndTies() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String split = i < 40 ? "train" : "test";
      double label = i < 2 ? 0.5 : (i % 3 == 0 ? 0.8 : 1.0);
      Map<String, String> meta = new HashMap<>(Map.of(VoteCheck.POSITION_KEY, i % 2 == 0 ? "a" : "b"));
      meta.put("flipped", "true"); // a synthetic corpus's own truth is replaced by the injection's
      rows.add(RowFactory.create("p" + i, "src", split, "prompt " + i, "good " + i, "bad " + i, "human", label, meta,
          "run"));
    }
    Dataset<Row> pairs = PairRows.frame(spark, rows);

    Injected injected = FlipInjection.inject(pairs, 0.2, 3, List.of("train"));
    Map<String, Row> out = byId(injected.pairs());

    // 38 decided training labels (two are ties), 20% of them: round(7.6) = 8, exactly
    assertThat(injected.eligible()).isEqualTo(38);
    assertThat(injected.flipped()).isEqualTo(8);
    Set<String> flipped = flippedIds(out);
    assertThat(flipped).hasSize(8).allMatch(id -> Integer.parseInt(id.substring(1)) >= 2
        && Integer.parseInt(id.substring(1)) < 40);
    assertThat(flippedIds(byId(FlipInjection.inject(pairs, 0.2, 3, List.of("train")).pairs()))).isEqualTo(flipped);
    assertThat(flippedIds(byId(FlipInjection.inject(pairs, 0.2, 4, List.of("train")).pairs()))).isNotEqualTo(flipped);
    for (Row row : out.values()) {
      int i = Integer.parseInt(row.<String>getAs(PairsTable.PAIR_ID).substring(1));
      boolean isFlipped = flipped.contains("p" + i);
      double label = row.getAs(PairsTable.LABEL_P);
      Map<String, String> meta = row.getJavaMap(row.fieldIndex(PairsTable.META));
      assertThat(row.<String>getAs(PairsTable.CHOSEN)).isEqualTo((isFlipped ? "bad " : "good ") + i);
      assertThat(row.<String>getAs(PairsTable.REJECTED)).isEqualTo((isFlipped ? "good " : "bad ") + i);
      assertThat(Double.parseDouble(meta.get("true_p_chosen"))).isEqualTo(isFlipped ? 1 - label : label);
      assertThat(meta.get("flipped")).isEqualTo(String.valueOf(isFlipped));
      String position = i % 2 == 0 ? "a" : "b";
      assertThat(meta.get(VoteCheck.POSITION_KEY)).isEqualTo(isFlipped ? (position.equals("a") ? "b" : "a")
          : position);
    }
  }

  @Test
  void thePipelinesEvaluateStageRunsTheAuditAndTheAblationWhenConfigured() {
    Map<String, String> evidence = Map.of("pipeline.stages", "train,vote,clean,retrain,evaluate",
        "evaluate.inject_flips", "0.2", "evaluate.ablation", "true", "lake", dir.resolve("lake").toString());
    PipelineConfig both = PipelineConfig.from(Settings.resolve(evidence));
    PipelineConfig neither = PipelineConfig.from(Settings.resolve(Map.of("pipeline.stages", "train,evaluate")));

    assertThat(both.audit().auditLake()).isEqualTo(dir.resolve("lake/audit/flips-0.2-seed-7").toString());
    assertThat(both.audit().stages().stages()).containsExactly("train", "vote", "clean", "retrain");
    assertThat(both.ablation().scratchLake()).isEqualTo(dir.resolve("lake/audit/ablation").toString());
    assertThat(neither.audit()).isNull();
    assertThat(neither.ablation()).isNull();
  }

  @Test
  void theAuditMeasuresOnACopyAndLeavesTheLakeAlone() {
    Path lakeRoot = PipelineLake.copy(dir.resolve("lake"));
    Lakehouse lake = new Lakehouse(spark, lakeRoot.toString());
    List<TableContract> tables = List.of(PairsTable.CONTRACT, StrengthTable.CONTRACT, PairsCleanTable.CONTRACT,
        ModelsTable.CONTRACT);
    Map<String, Long> before = versions(lake, tables);
    Path auditLake = dir.resolve("audit");
    Settings settings = Settings.resolve(Map.of("lake", lakeRoot.toString(), "evaluate.inject_flips", "0.2",
        "evaluate.audit_lake", auditLake.toString(), "evaluate.bootstrap", "200", "train.members", "4",
        "train.folds", "2", "train.hash_bits", "12", "train.max_iterations", "30"));

    AuditSummary summary = FlipAudit.run(spark, AuditConfig.from(settings), RunContext.start("evaluate", Map.of()));

    assertThat(versions(lake, tables)).as("the user's tables are only read").isEqualTo(before);
    long eligible = lake.read(PairsTable.CONTRACT, "t").filter(col(PairsTable.SPLIT).equalTo("train")
        .and(col(PairsTable.LABEL_P).notEqual(0.5))).count();
    assertThat(summary.eligible()).isEqualTo(eligible);
    assertThat(summary.flipped()).isEqualTo(Math.round(0.2 * eligible));
    assertThat(new Lakehouse(spark, auditLake.toString()).read(PairsTable.CONTRACT, "t")
        .filter(col(PairsTable.META).getItem("flipped").equalTo("true")).count()).isEqualTo(summary.flipped());
    // the vote's AUC is that of -strength_mean of the audit's own vote for its injected flips, better than chance
    assertThat(summary.detection().vote().items()).isEqualTo(eligible);
    assertThat(summary.detection().vote().auc()).isGreaterThan(0.5)
        .isCloseTo(mannWhitney(new Lakehouse(spark, auditLake.toString())), within(1e-9));
    assertThat(summary.actions().stream().mapToLong(AuditSummary.ActionScore::pairs).sum()).isEqualTo(eligible);
    assertThat(summary.actions()).allMatch(a -> a.injectedTotal() == summary.flipped());
    AuditSummary.HeldOut heldOut = summary.heldOut();
    assertThat(heldOut.pairs()).isPositive();
    for (var interval : List.of(heldOut.raw(), heldOut.cleaned(), heldOut.oracle())) {
      assertThat(interval.estimate()).isBetween(interval.low(), interval.high()).isGreaterThan(0.5);
    }
    assertThat(String.join("\n", summary.lines())).contains("injected-noise audit", "flip detection",
        "length only", "precision", "held-out accuracy", "gap cleaning closes");
    // the figures come back to the lake's evaluations table, as the report reads them
    Map<String, Row> results = new TreeMap<>();
    lake.read(EvaluationsTable.CONTRACT, "t").filter(col(EvaluationsTable.EVALUATION).equalTo("audit")
            .and(col(EvaluationsTable.ENSEMBLE_ID).equalTo("main"))).collectAsList()
        .forEach(r -> results.put(r.getAs("measure") + "/" + r.getAs("subject") + "/" + r.getAs("population"), r));
    assertThat(results.get("flip_auc/vote/training").<Double>getAs("value")).isEqualTo(summary.detection().vote().auc());
    assertThat(results.get("held_out_accuracy/oracle/held_out").<Double>getAs("low"))
        .isEqualTo(heldOut.oracle().low());
    assertThat(results.get("injected/flipped/training").<Long>getAs("items")).isEqualTo(summary.flipped());
    assertThat(results.keySet()).filteredOn(k -> k.startsWith("action_precision/")).hasSameSizeAs(summary.actions());
  }

  /** P(a flipped pair scores above an unflipped one), ties counting half, from the audit lake's tables. */
  private static double mannWhitney(Lakehouse audit) {
    List<Row> rows = audit.read(PairsTable.CONTRACT, "t").filter(col(PairsTable.SPLIT).equalTo("train")
            .and(col(PairsTable.LABEL_P).notEqual(0.5)))
        .join(audit.read(StrengthTable.CONTRACT, "t").filter(col(StrengthTable.ENSEMBLE_ID).equalTo("main")),
            PairsTable.PAIR_ID)
        .select(col(PairsTable.META).getItem("flipped"), col(StrengthTable.STRENGTH_MEAN)).collectAsList();
    List<Double> flipped = rows.stream().filter(r -> "true".equals(r.getString(0))).map(r -> -r.getDouble(1)).toList();
    List<Double> kept = rows.stream().filter(r -> !"true".equals(r.getString(0))).map(r -> -r.getDouble(1)).toList();
    double wins = 0;
    for (double f : flipped) {
      for (double k : kept) {
        wins += f > k ? 1 : f == k ? 0.5 : 0;
      }
    }
    return wins / (flipped.size() * (double) kept.size());
  }

  private static Map<String, Long> versions(Lakehouse lake, List<TableContract> tables) {
    Map<String, Long> versions = new TreeMap<>();
    tables.forEach(table -> versions.put(table.name(), lake.version(table)));
    return versions;
  }

  private static Map<String, Row> byId(Dataset<Row> pairs) {
    return pairs.collectAsList().stream().collect(Collectors.toMap(row -> row.getAs(PairsTable.PAIR_ID), row -> row));
  }

  private static Set<String> flippedIds(Map<String, Row> rows) {
    return rows.values().stream().filter(row -> "true".equals(row.getJavaMap(row.fieldIndex(PairsTable.META))
        .get("flipped"))).map(row -> row.<String>getAs(PairsTable.PAIR_ID)).collect(Collectors.toSet());
  }
}
