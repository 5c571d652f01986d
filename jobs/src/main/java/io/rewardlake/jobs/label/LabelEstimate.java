package io.rewardlake.jobs.label;

import io.rewardlake.core.judge.RequestEstimate;
import io.rewardlake.core.judge.TokenPrices;
import io.rewardlake.core.judge.Usage;
import io.rewardlake.spark.judge.JudgePartition;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What judging the pending pairs will take, computed on the executors from the prompts the judge would be sent
 * ({@link RequestEstimate}): the number of requests (exact when none is retried) and their tokens (estimated). Used by
 * {@code --dry-run} and as the first batch's cost per pair under a budget.
 *
 * @param usage null for a judge that sends no requests (the ensemble)
 * @param cost null without prices
 */
public record LabelEstimate(long pairs, Usage usage, Double cost) {

  static LabelEstimate of(Dataset<Row> pending, long pendingCount, LabelConfig config, boolean sendsRequests) {
    if (!sendsRequests) {
      return new LabelEstimate(pendingCount, null, null);
    }
    RequestEstimate perPair = new RequestEstimate(config.template(), config.mode(), config.rationaleTokens());
    Usage usage = pending.javaRDD().map(row -> perPair.of(JudgePartition.item(row))).fold(Usage.NONE, Usage::plus);
    TokenPrices prices = config.spending().prices();
    return new LabelEstimate(pendingCount, usage, prices.cost(usage));
  }

  public long requests() {
    return usage == null ? 0 : usage.calls();
  }

  double tokensPerPair() {
    return usage == null || pairs == 0 ? 0 : (double) usage.totalTokens() / pairs;
  }

  double costPerPair() {
    return cost == null || pairs == 0 ? 0 : cost / pairs;
  }

  List<String> lines() {
    if (usage == null) {
      return List.of(String.format(Locale.ROOT, "  dry run: %,d pairs to judge, no requests (the ensemble judges"
          + " offline)", pairs));
    }
    return List.of(String.format(Locale.ROOT, "  dry run: %,d pairs to judge: %,d requests, about %,d prompt +"
            + " %,d completion tokens (estimated at 4 characters per token)%s", pairs, requests(),
        usage.promptTokens(), usage.completionTokens(),
        cost == null ? "; set judge.price_prompt_per_1k and judge.price_completion_per_1k for a cost"
            : String.format(Locale.ROOT, ", cost about %.4f", cost)),
        "  nothing was sent to the judge; run without --dry-run to label");
  }
}
