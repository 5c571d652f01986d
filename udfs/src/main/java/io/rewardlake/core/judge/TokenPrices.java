package io.rewardlake.core.judge;

import java.io.Serializable;

/**
 * What a judge's tokens cost, per 1,000 prompt and completion tokens, in whatever currency the user prices in (the
 * figures are only multiplied). Both zero means "not priced": no cost is recorded, rather than a cost of 0.
 */
public record TokenPrices(double promptPer1k, double completionPer1k) implements Serializable {
  public static final TokenPrices NONE = new TokenPrices(0, 0);

  public TokenPrices {
    if (!(promptPer1k >= 0) || !(completionPer1k >= 0) || Double.isInfinite(promptPer1k)
        || Double.isInfinite(completionPer1k)) {
      throw new IllegalArgumentException("token prices are finite and >= 0, got " + promptPer1k + " and "
          + completionPer1k);
    }
  }

  public boolean priced() {
    return promptPer1k > 0 || completionPer1k > 0;
  }

  /** The cost of {@code usage}; null when not priced or when nothing was billed. */
  public Double cost(Usage usage) {
    if (!priced() || usage.none()) {
      return null;
    }
    return cost(usage.promptTokens(), usage.completionTokens());
  }

  public double cost(long promptTokens, long completionTokens) {
    return (promptTokens * promptPer1k + completionTokens * completionPer1k) / 1000.0;
  }
}
