package io.rewardlake.jobs.label;

import io.rewardlake.core.judge.TokenPrices;
import java.util.Objects;

/**
 * What a {@code label} run may spend and how it is priced.
 *
 * @param prices per 1,000 tokens; {@link TokenPrices#NONE} records no cost
 * @param budgetTokens stop before this run's billed tokens would pass it; 0 = no limit
 * @param budgetCost the same in money (needs prices); 0 = no limit
 * @param dryRun estimate and stop without calling the judge
 */
public record Spending(TokenPrices prices, long budgetTokens, double budgetCost, boolean dryRun) {
  public static final Spending UNLIMITED = new Spending(TokenPrices.NONE, 0, 0, false);

  public Spending {
    Objects.requireNonNull(prices, "prices");
    if (budgetTokens < 0 || budgetCost < 0) {
      throw new IllegalArgumentException("budgets are >= 0");
    }
  }

  public boolean hasBudget() {
    return budgetTokens > 0 || budgetCost > 0;
  }

  /** Whether {@code tokens} (costing {@code cost}) exhaust the budget. */
  public boolean exhaustedBy(long tokens, double cost) {
    return (budgetTokens > 0 && tokens >= budgetTokens) || (budgetCost > 0 && cost >= budgetCost);
  }

  /**
   * Pairs that still fit the budget after {@code spentTokens}/{@code spentCost}, at {@code tokensPerPair} and
   * {@code costPerPair} each (estimates); {@link Long#MAX_VALUE} without a budget.
   */
  public long pairsWithin(long spentTokens, double spentCost, double tokensPerPair, double costPerPair) {
    long pairs = Long.MAX_VALUE;
    if (budgetTokens > 0 && tokensPerPair > 0) {
      pairs = Math.min(pairs, (long) Math.floor((budgetTokens - spentTokens) / tokensPerPair));
    }
    if (budgetCost > 0 && costPerPair > 0) {
      pairs = Math.min(pairs, (long) Math.floor((budgetCost - spentCost) / costPerPair));
    }
    return Math.max(0, pairs);
  }

  /** One line for the summary, e.g. "budget 1,000,000 tokens". */
  public String describe() {
    if (!hasBudget()) {
      return "no budget";
    }
    StringBuilder text = new StringBuilder("budget");
    if (budgetTokens > 0) {
      text.append(String.format(java.util.Locale.ROOT, " %,d tokens", budgetTokens));
    }
    if (budgetCost > 0) {
      text.append(budgetTokens > 0 ? " or" : "").append(String.format(java.util.Locale.ROOT, " %.4f (cost)",
          budgetCost));
    }
    return text.toString();
  }
}
