package io.rewardlake.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.apache.spark.sql.functions.col;

import io.rewardlake.core.stats.Interval;
import io.rewardlake.jobs.PipelineLake;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.clean.Policies;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.EvaluationsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ablation trains each variant in a scratch lake and compares them on the same held-out pairs. */
class StrengthAblationIT {
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void droppingTheWeakestPairsTrainsOnFewerPairsAndTheBaselineDiffersFromItselfByZero() {
    Path lakeRoot = PipelineLake.copy(dir.resolve("lake"));
    Lakehouse lake = new Lakehouse(spark, lakeRoot.toString());
    long pairsVersion = lake.version(PairsTable.CONTRACT);
    long cleanVersion = lake.version(PairsCleanTable.CONTRACT);
    Settings settings = Settings.resolve(Map.of("lake", lakeRoot.toString(), "evaluate.audit_lake",
        dir.resolve("scratch").toString(), "evaluate.bootstrap", "200", "train.members", "2", "train.folds", "2",
        "train.hash_bits", "12", "train.max_iterations", "10"));
    AblationConfig all = AblationConfig.from(settings);
    assertThat(all.variants()).extracting(p -> p.id()).containsExactly("none", "drop-weakest-10", "drop-weakest-20",
        "drop-weakest-30", "secrets-ii", "conservative", "flip-only");
    AblationConfig two = new AblationConfig(all.sourceLake(), all.scratchLake(), all.voteEnsemble(),
        List.of(Policies.load("none"), Policies.dropWeakest(0.3)), all.voteCheck(), all.minVoteEdge(), all.train(),
        all.resamples(), all.seed(), all.voteBatch());

    StrengthAblation.Summary summary = StrengthAblation.run(spark, two, RunContext.start("evaluate", Map.of()));

    assertThat(lake.version(PairsTable.CONTRACT)).isEqualTo(pairsVersion);
    assertThat(lake.version(PairsCleanTable.CONTRACT)).isEqualTo(cleanVersion);
    long voted = new Lakehouse(spark, two.scratchLake()).read(StrengthTable.CONTRACT, "t").count();
    StrengthAblation.Variant baseline = summary.variants().get(0);
    StrengthAblation.Variant dropped = summary.variants().get(1);
    assertThat(baseline.vsAll()).isEqualTo(new Interval(0, 0, 0));
    // about 30% of the voted training pairs are left out (approximate quantiles, test pairs never trained on)
    assertThat((double) dropped.trainingPairs() / baseline.trainingPairs()).isCloseTo(0.7, within(0.05));
    assertThat(summary.testPairs()).isPositive().isLessThan(voted);
    assertThat(dropped.vsAll().estimate()).isCloseTo(dropped.accuracy().estimate() - baseline.accuracy().estimate(),
        within(1e-12));
    assertThat(String.join("\n", summary.lines())).contains("all pairs", "drop-weakest-30", "vs all pairs");
    List<Row> accuracy = lake.read(EvaluationsTable.CONTRACT, "t").filter(col(EvaluationsTable.EVALUATION)
        .equalTo("ablation").and(col(EvaluationsTable.MEASURE).equalTo("held_out_accuracy")))
        .orderBy(EvaluationsTable.SUBJECT).collectAsList();
    assertThat(accuracy).extracting(r -> r.<String>getAs("subject")).containsExactly("drop-weakest-30", "none");
    assertThat(accuracy.get(1).<Double>getAs("value")).isEqualTo(baseline.accuracy().estimate());
    assertThat(accuracy.get(0).<Long>getAs("items")).isEqualTo(summary.testPairs());
  }
}
