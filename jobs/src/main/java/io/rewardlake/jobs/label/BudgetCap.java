package io.rewardlake.jobs.label;

/**
 * How many more pairs a budget allows. A run judges in committed micro-batches; before each, the pairs that still fit
 * are the budget left divided by the tokens (or cost) per pair, measured on the pairs judged so far, or estimated
 * from the prompts before the first batch. A batch that would not fit is cut to the pairs that do, so a run stops at
 * its budget give or take the estimate's error on one batch, and a re-run judges the rest.
 */
final class BudgetCap {
  private BudgetCap() {}

  /** Pairs the next batch may take: {@link Long#MAX_VALUE} without a budget, 0 once it is spent. */
  static long pairsThatFit(Spending spending, Tally spent, LabelEstimate estimate) {
    if (!spending.hasBudget()) {
      return Long.MAX_VALUE;
    }
    if (spending.exhaustedBy(spent.tokens(), spent.costOrZero())) {
      return 0;
    }
    boolean measured = spent.pairs() > 0 && spent.tokens() > 0;
    double tokensPerPair = measured ? (double) spent.tokens() / spent.pairs() : estimate.tokensPerPair();
    double costPerPair = measured && spent.cost() != null ? spent.cost() / spent.pairs() : estimate.costPerPair();
    return spending.pairsWithin(spent.tokens(), spent.costOrZero(), tokensPerPair, costPerPair);
  }
}
