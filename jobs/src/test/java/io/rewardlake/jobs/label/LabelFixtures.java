package io.rewardlake.jobs.label;

import io.rewardlake.jobs.PairRows;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.jobs.train.TrainFixtures;
import io.rewardlake.schemas.PairsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Pairs whose responses carry the quality tags {@link ScriptedJudge} reads. */
final class LabelFixtures {
  private LabelFixtures() {}

  /** A pair: context (may hold a FAULT script), A = chosen with quality qa, B = rejected with quality qb. */
  record Spec(String context, double qa, double qb, String split, double labelP) {
    Row row() {
      return TrainFixtures.pair("Human: " + context + "\n\nAssistant:", "Answer A [[q=" + qa + "]] for " + context,
          "Answer B [[q=" + qb + "]] for " + context, split, labelP, Double.toString(qa > qb ? 1.0 : qa < qb ? 0.0 : 0.5));
    }
  }

  static List<Spec> specs(int count, long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<Spec> specs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double qa = 0.05 + Math.round(random.nextDouble() * 90) / 100.0;
      double qb = 0.05 + Math.round(random.nextDouble() * 90) / 100.0;
      specs.add(new Spec("question " + i, qa, qb, i % 4 == 3 ? "test" : "train", 1.0));
    }
    return specs;
  }

  static void writePairs(SparkSession spark, String lake, List<Spec> specs) {
    List<Row> rows = specs.stream().map(Spec::row).toList();
    new Lakehouse(spark, lake).write(PairsTable.CONTRACT, PairRows.frame(spark, rows),
        WriteMode.OVERWRITE, new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of()));
  }
}
