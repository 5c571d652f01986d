package io.rewardlake.jobs.sql;

import io.rewardlake.jobs.PairRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.PairsTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sql} on a lake without an ensemble: plain queries answer, typos are usage errors naming the tables. */
class SqlQueryIT {
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void aQueryWithoutTheVotingFunctionsNeverLooksForAnEnsemble() {
    String lake = lakeWithOnePair();

    List<String> table = SqlQuery.run(spark, lake, "main", 1.0, "SELECT count(*) AS n FROM pairs", 10);

    assertThat(String.join("\n", table)).contains("|n  |", "|1  |");
    // The same lake has no ensemble: a query that calls a voting function needs one and says so.
    assertThatThrownBy(() -> SqlQuery.run(spark, lake, "main", 1.0,
        "SELECT RM_SCORE(prompt, chosen) FROM pairs", 10)).isInstanceOf(RewardLakeException.class);
  }

  @Test
  void anUnknownTableIsAUsageErrorListingTheLakesTables() {
    String lake = lakeWithOnePair();

    assertThatThrownBy(() -> SqlQuery.run(spark, lake, "main", 1.0, "SELECT * FROM pair", 10))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("The query cannot run:")
        .hasMessageContaining("Tables of this lake: [pairs]");
    assertThatThrownBy(() -> SqlQuery.run(spark, lake, "main", 1.0, "SELECT colour FROM pairs", 10))
        .isInstanceOf(ConfigException.class).hasMessageContaining("colour");
  }

  @Test
  void namesMatchWholeIdentifiersOnly() {
    assertThat(SqlQuery.names("select * from pairs_clean", "pairs")).isFalse();
    assertThat(SqlQuery.names("select * from PAIRS p join strength s", "pairs")).isTrue();
    assertThat(SqlQuery.names("select rm_scores(x) from t", "rm_score")).isFalse();
    assertThat(SqlQuery.names("select rm_scores(x) from t", "rm_scores")).isTrue();
  }

  private String lakeWithOnePair() {
    String lake = dir.resolve("lake").toString();
    new Lakehouse(spark, lake).write(PairsTable.CONTRACT, PairRows.frame(spark, List.of(RowFactory.create("id1",
            "src", "train", "Human: hi", "hello", "go away", "human", 1.0, Map.of(), "run"))),
        WriteMode.OVERWRITE, new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of()));
    return lake;
  }
}
