package io.rewardlake.jobs.bench.djl;

import io.rewardlake.core.djl.DjlRewardModel;
import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.core.model.RewardModel;
import io.rewardlake.core.neural.Truncation;
import io.rewardlake.spark.vote.BatchedRows;
import io.rewardlake.spark.vote.EnsembleHandle;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;

/**
 * Executor-side pieces of {@code bench-djl}. Every one takes the model from the executor's shared ensemble
 * ({@link EnsembleHandle}, loaded once per JVM), the same instance the vote path scores with, so the two paths differ
 * only in how many sequences go into each model call.
 */
final class DjlBenchTasks {
  private DjlBenchTasks() {}

  /**
   * The baseline a user without the voting function would write: a plain row UDF
   * {@code (prompt, chosen, rejected) -> reward(chosen) - reward(rejected)}, one sequence per model call.
   */
  static UDF3<String, String, String, Double> rowDifference(EnsembleHandle handle) {
    return (prompt, chosen, rejected) -> {
      RewardModel model = model(handle);
      return (double) model.score(List.of(new PromptResponse(prompt, chosen)))[0]
          - model.score(List.of(new PromptResponse(prompt, rejected)))[0];
    };
  }

  /**
   * Tokens of each partition, batched as the vote batches them: {@code votePairs} pairs per batch, whose chosen and
   * rejected responses are two {@code score} calls (as {@code MemberwiseScorer} makes them). One tally per partition.
   */
  static FlatMapFunction<Iterator<Row>, TokenTally> tokenTally(EnsembleHandle handle, int votePairs, int batchSize,
      int maxBatchTokens) {
    return rows -> {
      DjlRewardModel model = model(handle);
      TokenTally[] total = {TokenTally.NONE};
      BatchedRows.map(rows, votePairs, batch -> List.of(
              call(model, batch, "chosen", batchSize, maxBatchTokens)
                  .plus(call(model, batch, "rejected", batchSize, maxBatchTokens))))
          .forEachRemaining(tally -> total[0] = total[0].plus(tally));
      return List.of(total[0]).iterator();
    };
  }

  /** Where the model runs on the executors (also loads it there, before anything is timed). */
  static FlatMapFunction<Iterator<Row>, String> device(EnsembleHandle handle) {
    return rows -> List.of(model(handle).device().toString()).iterator();
  }

  private static TokenTally call(DjlRewardModel model, List<Row> batch, String response, int batchSize,
      int maxBatchTokens) {
    int[] lengths = new int[batch.size()];
    int truncated = 0;
    for (int i = 0; i < lengths.length; i++) {
      Row row = batch.get(i);
      Truncation.Result encoded = model.encode(new PromptResponse(row.getAs("prompt"), row.getAs(response)));
      lengths[i] = encoded.ids().length;
      truncated += encoded.truncated() ? 1 : 0;
    }
    return TokenTally.ofCall(lengths, truncated, batchSize, maxBatchTokens);
  }

  private static DjlRewardModel model(EnsembleHandle handle) {
    RewardModel member = handle.ensemble().member(0);
    if (!(member instanceof DjlRewardModel djl)) {
      throw new IllegalStateException("bench-djl needs a djl reward model, got family " + member.metadata().family());
    }
    return djl;
  }
}
