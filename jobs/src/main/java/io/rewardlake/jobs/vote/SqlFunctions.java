package io.rewardlake.jobs.vote;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.model.EnsembleLocator;
import io.rewardlake.jobs.model.EnsembleLocator.LocatedEnsemble;
import io.rewardlake.core.reward.MemberScales;
import io.rewardlake.jobs.reward.ReferenceScales;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.reward.RewardFunctions;
import io.rewardlake.spark.vote.EnsembleHandle;
import io.rewardlake.spark.vote.StrengthFunctions;
import org.apache.spark.sql.SparkSession;

/**
 * Registers the SQL functions ({@code preference_strength}, {@code rm_score}, {@code rm_scores},
 * {@code conservative_reward}, {@code reward_stats}) for an ensemble named the way {@code vote --ensemble} names it. From a notebook or spark-shell with the RewardLake jar:
 * <pre>{@code
 * io.rewardlake.jobs.vote.SqlFunctions.register(spark, new Lakehouse(spark, "/data/lake"), "main", 1.0);
 * spark.sql("SELECT preference_strength(prompt, chosen, rejected) FROM delta.`/data/lake/pairs`").show();
 * }</pre>
 */
public final class SqlFunctions {
  private SqlFunctions() {}

  /**
   * Registers the voting functions and, when the lake has pairs to take member scales from ({@link
   * ReferenceScales}), {@code conservative_reward} and {@code reward_stats} with the given λ. Returns the ensemble
   * the functions score with.
   */
  public static LocatedEnsemble register(SparkSession spark, Lakehouse lake, String ensemble, double lambda) {
    LocatedEnsemble located = EnsembleLocator.locate(spark, lake, ensemble);
    EnsembleHandle handle = EnsembleHandle.of(spark, located.directory());
    StrengthFunctions.register(spark, handle);
    if (lake.exists(PairsTable.CONTRACT)) {
      MemberScales scales = ReferenceScales.fromPairs(spark, lake, handle, located.manifest().members().size());
      RewardFunctions.register(spark, handle, scales, lambda);
    }
    return located;
  }
}
