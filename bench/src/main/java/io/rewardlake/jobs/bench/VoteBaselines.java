package io.rewardlake.jobs.bench;

import io.rewardlake.core.model.Featurizer;
import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.model.PromptContext;
import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.spark.vote.EnsembleHandle;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;

/**
 * Executor-side pieces of what {@code bench-vote} compares the vote with. They are benchmark baselines, not product
 * code: the floor, and what a user without the voting function would write.
 */
final class VoteBaselines {
  private VoteBaselines() {}

  /** The floor: featurizes both responses of every pair (prompt context shared, as the vote does); scores nothing. */
  static FlatMapFunction<Iterator<Row>, Double> featurizeOnly(FeaturizerSpec spec) {
    return rows -> {
      Featurizer featurizer = new Featurizer(spec);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Double next() {
          Row row = rows.next();
          PromptContext context = featurizer.context(row.getAs("prompt"));
          return (double) (featurizer.features(context, row.<String>getAs("chosen")).size()
              - featurizer.features(context, row.<String>getAs("rejected")).size());
        }
      };
    };
  }

  /**
   * One member's reward as a plain row UDF {@code member_score(m, prompt, response)}, called 2M times per pair, each
   * call featurizing its text again. Members come from the executor's loaded ensemble, so loading is not measured.
   */
  static UDF3<Integer, String, String, Double> memberScore(EnsembleHandle ensemble) {
    return (member, prompt, response) ->
        (double) ensemble.ensemble().member(member).score(List.of(new PromptResponse(prompt, response)))[0];
  }
}
