package io.rewardlake.jobs.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.apache.spark.sql.functions.col;

import io.rewardlake.jobs.PairRows;
import io.rewardlake.jobs.PipelineLake;
import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.clean.CleanConfig;
import io.rewardlake.jobs.clean.CleanJob;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.NearDuplicatesTable;
import io.rewardlake.schemas.PairsCleanTable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDuplicatesJobIT {
  private static final String BREAD = "How do I bake a loaf of sourdough bread at home with a cast iron pot?";
  private static final String KNEAD = "Knead the dough and bake it covered for forty minutes at a high heat";

  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void theSameOrNearlyTheSameTextsClusterPerKindAndTheBestAnnotatedPairRepresentsThem() {
    writePairs(List.of(
        pair("a1", "train", BREAD, KNEAD, "I do not know", 1, 1.0),
        // the same words as a1 once case and punctuation are set aside, and labelled more often
        pair("a2", "train", "how do I bake a loaf of sourdough bread at home, with a cast iron POT", KNEAD,
            "I do not know", 3, 1.0),
        // one word changed: 13 of 15 distinct three-word shingles shared
        pair("a3", "test", BREAD.replace("pot?", "pan?"), "I do not know", KNEAD, 1, 1.0),
        pair("b1", "train", "What is the capital of France?", "Paris", "Lyon", 1, 1.0),
        pair("b2", "train", "What is the capital of France?", "Lyon", "Paris", 1, 1.0),
        pair("b3", "train", "What is the capital of France?", "Paris", "Marseille is the capital city", 1, 1.0),
        // 3 of 5 shingles shared with the France prompts: below the threshold
        pair("c", "train", "What is the capital of Spain?", "Madrid", "Paris", 1, 1.0),
        pair("d", "train", "Tell me a joke about cats", "Why did the cat sit on the computer?", "No", 1, 1.0),
        pair("e", "train", "???", "a", "b", 1, 1.0)));

    NearDuplicatesSummary prompts = nearDuplicates(Map.of());

    Map<String, Row> rows = rows("prompt");
    assertThat(rows.keySet()).containsExactly("a1", "a2", "a3", "b1", "b2", "b3");
    assertThat(cluster(rows, "a2")).containsExactly("a1", "a2", "a3");
    assertThat(cluster(rows, "b1")).containsExactly("b1", "b2", "b3");
    assertThat(rows.get("a1").<Long>getAs(NearDuplicatesTable.CLUSTER_PAIRS)).isEqualTo(3);
    assertThat(rows.get("a1").<Long>getAs(NearDuplicatesTable.CLUSTER_TEXTS)).isEqualTo(2);
    assertThat(rows.get("b2").<Long>getAs(NearDuplicatesTable.CLUSTER_TEXTS)).isEqualTo(1);
    assertThat(rows.get("a1").<Double>getAs(NearDuplicatesTable.SIMILARITY)).isEqualTo(1.0);
    assertThat(rows.get("a3").<Double>getAs(NearDuplicatesTable.SIMILARITY)).isCloseTo(13.0 / 15, within(1e-12));
    assertThat(rows.values().stream().filter(r -> r.<Boolean>getAs(NearDuplicatesTable.REPRESENTATIVE))
        .map(r -> r.<String>getAs(NearDuplicatesTable.PAIR_ID))).containsExactlyInAnyOrder("a2", "b1");
    assertThat(prompts.pairs()).isEqualTo(8);
    assertThat(prompts.texts()).isEqualTo(5);
    assertThat(prompts.droppedByClean()).isEqualTo(4);
    assertThat(String.join("\n", prompts.lines())).contains(
        "2 clusters hold 6 pairs: 1 join different texts, 1 repeat one text",
        "WARNING: 1 clusters have pairs in more than one split", "drop 4", "closest to the threshold 0.87: ");

    // whole pairs: the responses must match too, in either order
    nearDuplicates(Map.of("near_duplicates.of", "pair"));
    Map<String, Row> pairs = rows("pair");
    assertThat(pairs.keySet()).containsExactly("a1", "a2", "a3", "b1", "b2");
    assertThat(cluster(pairs, "b1")).containsExactly("b1", "b2");
    assertThat(pairs.get("a3").<Double>getAs(NearDuplicatesTable.SIMILARITY)).isCloseTo(13.0 / 15, within(1e-12));
    assertThat(rows("prompt")).isEqualTo(rows);

    // a stricter threshold leaves a3 out, and the run replaces only its own kind
    nearDuplicates(Map.of("near_duplicates.threshold", "0.9"));
    assertThat(rows("prompt").keySet()).containsExactly("a1", "a2", "b1", "b2", "b3");
    assertThat(rows("pair").keySet()).containsExactly("a1", "a2", "a3", "b1", "b2");
  }

  @Test
  void cleanKeepsOnePairPerClusterAndSaysWhichClusterTheOthersRepeat() {
    Path lakeRoot = PipelineLake.copy(dir.resolve("lake"));
    Map<String, String> settings = Map.of("lake", lakeRoot.toString(), "clean.near_duplicates", "prompt");
    assertThatThrownBy(() -> clean(settings)).isInstanceOf(RewardLakeException.class)
        .hasMessageContaining("no near_duplicates table").hasMessageContaining("near-duplicates --of prompt");

    NearDuplicatesSummary summary = NearDuplicatesJob.run(spark, NearDuplicatesConfig.from(
        Settings.resolve(settings)), RunContext.start("near-duplicates", settings));
    clean(settings);

    Map<String, Row> duplicates = rows("prompt");
    Map<String, Row> clean = spark.read().format("delta").load(lakeRoot.resolve(PairsCleanTable.NAME).toString())
        .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs(PairsCleanTable.PAIR_ID), r -> r));
    Set<String> dropped = clean.values().stream().filter(r -> r.<String>getAs(PairsCleanTable.REASON)
        .startsWith("near_duplicate:prompt:")).map(r -> r.<String>getAs(PairsCleanTable.PAIR_ID))
        .collect(Collectors.toSet());
    Set<String> others = duplicates.values().stream()
        .filter(r -> !r.<Boolean>getAs(NearDuplicatesTable.REPRESENTATIVE))
        .map(r -> r.<String>getAs(NearDuplicatesTable.PAIR_ID)).collect(Collectors.toSet());
    assertThat(summary.clusters()).isPositive();
    assertThat(dropped).hasSize((int) summary.droppedByClean()).isEqualTo(others);
    assertThat(others).allSatisfy(id -> {
      assertThat(clean.get(id).<String>getAs(PairsCleanTable.ACTION)).isEqualTo("drop");
      assertThat(clean.get(id).<String>getAs(PairsCleanTable.REASON)).startsWith("near_duplicate:prompt:"
          + duplicates.get(id).<String>getAs(NearDuplicatesTable.CLUSTER_ID) + ": ");
    });
  }

  private void clean(Map<String, String> settings) {
    CleanJob.run(spark, CleanConfig.from(Settings.resolve(settings)), RunContext.start("clean", settings));
  }

  private NearDuplicatesSummary nearDuplicates(Map<String, String> options) {
    Map<String, String> settings = new HashMap<>(options);
    settings.put("lake", lake());
    return NearDuplicatesJob.run(spark, NearDuplicatesConfig.from(Settings.resolve(settings)),
        RunContext.start("near-duplicates", settings));
  }

  private static List<String> cluster(Map<String, Row> rows, String clusterId) {
    return rows.values().stream().filter(r -> clusterId.equals(r.getAs(NearDuplicatesTable.CLUSTER_ID)))
        .map(r -> r.<String>getAs(NearDuplicatesTable.PAIR_ID)).sorted().toList();
  }

  private static Row pair(String id, String split, String prompt, String chosen, String rejected, int annotations,
                          double agreement) {
    return RowFactory.create(id, "src", split, prompt, chosen, rejected, "human", 1.0, Map.of(), annotations,
        agreement, "run");
  }

  private void writePairs(List<Row> rows) {
    new Lakehouse(spark, lake()).write(io.rewardlake.schemas.PairsTable.CONTRACT, PairRows.frame(spark, rows),
        WriteMode.OVERWRITE, new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of()));
  }

  private Map<String, Row> rows(String of) {
    return new TreeMap<>(new Lakehouse(spark, lake()).read(NearDuplicatesTable.CONTRACT, "near-duplicates")
        .filter(col(NearDuplicatesTable.OF).equalTo(of)).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs(NearDuplicatesTable.PAIR_ID), r -> r)));
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }
}
