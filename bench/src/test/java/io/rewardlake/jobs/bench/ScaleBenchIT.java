package io.rewardlake.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.cli.Sessions;
import io.rewardlake.jobs.config.YamlConfig;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import io.rewardlake.testkit.InterpretedExpressions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-scale's Spark path at toy sizes: every stage runs on its own lake per size and the table reports them. */
class ScaleBenchIT {
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = Sessions.create("bench-scale-it", "local[2]");
    spark.sparkContext().setLogLevel("ERROR");
    // This test checks what runs and what the table reports, not the timings: interpret, as the jobs' Spark tests do.
    InterpretedExpressions.SETTINGS.forEach(spark.conf()::set);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyStageRunsAtEverySizeOnItsOwnLakeAndTheTableSaysHowLongEachTook() {
    Map<String, String> settings = new HashMap<>(YamlConfig.loadResource(YamlConfig.LOCAL_PIPELINE_RESOURCE));
    settings.putAll(Map.of("train.hash_bits", "12", "train.max_iterations", "10", "train.members", "2",
        "train.folds", "2"));
    BenchScaleConfig config = new BenchScaleConfig(List.of(300L, 600L),
        List.of("synth", "ingest", "train", "vote", "clean"), dir.toString(), 0, settings);

    List<String> lines = ScaleBench.run(spark, config);

    for (long pairs : List.of(300L, 600L)) {
      Lakehouse lake = new Lakehouse(spark, dir.resolve("pairs-" + pairs).toString());
      long ingested = lake.read(PairsTable.CONTRACT, "t").count();
      assertThat(ingested).as("pairs ingested at %d", pairs).isBetween(pairs * 9 / 10, pairs);
      assertThat(lake.read(StrengthTable.CONTRACT, "t").count()).isEqualTo(ingested);
      assertThat(lake.read(PairsCleanTable.CONTRACT, "t").count()).isEqualTo(ingested);
      for (String stage : List.of("synth", "ingest", "train", "vote", "clean", "whole run")) {
        assertThat(lines).as("a row for %s at %d pairs", stage, pairs)
            .anyMatch(line -> line.matches(stage + " +" + String.format(java.util.Locale.ROOT, "%,d", pairs) + " +[0-9.]+ .*"));
      }
    }
    assertThat(lines).anyMatch(line -> line.startsWith("growth of the time per pair, 300 -> 600 pairs"));
    assertThat(lines).anyMatch(line -> line.startsWith("peak heap (in use / left after a collection): 300 pairs"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("lakes kept in " + dir);
  }
}
