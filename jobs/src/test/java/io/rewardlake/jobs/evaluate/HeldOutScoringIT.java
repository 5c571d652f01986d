package io.rewardlake.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.SharedSpark;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The held-out pairs whose scores go to the driver are bounded, by the same seeded sample every time. */
class HeldOutScoringIT {
  private final SparkSession spark = SharedSpark.session();

  @Test
  void aTestSplitBeyondTheBoundIsScoredOnARepeatableSampleOfAboutTheBound() {
    Dataset<Row> test = spark.range(20_000).selectExpr("cast(id as string) as pair_id");
    assertThat(HeldOutScoring.bounded(test, 20_000)).isSameAs(test);

    Dataset<Row> sample = HeldOutScoring.bounded(test, 2_000);
    List<String> first = sample.as(Encoders.STRING()).collectAsList();
    assertThat(first.size()).isBetween(1_800, 2_200);
    assertThat(sample.as(Encoders.STRING()).collectAsList()).isEqualTo(first);
  }
}
