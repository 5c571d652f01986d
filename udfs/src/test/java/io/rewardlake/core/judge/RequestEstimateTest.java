package io.rewardlake.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestEstimateTest {
  private static final JudgeTemplate TEMPLATE = new JudgeTemplate("t", 1, "Judge.", List.of(), "Preferred=",
      "Think first.\nRationale:");
  private static final JudgeItem ITEM = new JudgeItem("p1", "a context", "the first answer", "the second one");

  @Test
  void pairwiseIsTwoLabelRequestsOfTheTwoOrders() {
    Usage usage = new RequestEstimate(TEMPLATE, JudgeMode.PAIRWISE, 256).of(ITEM);
    assertThat(usage.calls()).isEqualTo(JudgeMode.PAIRWISE.requestsPerPair()).isEqualTo(2);
    assertThat(usage.promptTokens()).isEqualTo(TokenEstimate.of(TEMPLATE.pairwise("a context", "the first answer",
        "the second one")) + TokenEstimate.of(TEMPLATE.pairwise("a context", "the second one", "the first answer")));
    assertThat(usage.completionTokens()).isEqualTo(2);
    assertThat(usage.estimatedCalls()).isEqualTo(2);
  }

  @Test
  void directScoresEachResponseAndCotCountsTheRationaleAtItsLongest() {
    Usage direct = new RequestEstimate(TEMPLATE, JudgeMode.DIRECT, 256).of(ITEM);
    assertThat(direct.calls()).isEqualTo(JudgeMode.DIRECT.requestsPerPair());
    assertThat(direct.promptTokens()).isEqualTo(TokenEstimate.of(TEMPLATE.direct("a context", "the first answer"))
        + TokenEstimate.of(TEMPLATE.direct("a context", "the second one")));

    Usage cot = new RequestEstimate(TEMPLATE, JudgeMode.COT, 100).of(ITEM);
    assertThat(cot.calls()).isEqualTo(JudgeMode.COT.requestsPerPair()).isEqualTo(4);
    assertThat(cot.completionTokens()).isEqualTo(2 * (100 + 1));
    long oneOrder = TokenEstimate.of(TEMPLATE.rationaleRequest("a context", "the first answer", "the second one"))
        + TokenEstimate.of(TEMPLATE.pairwiseAfterRationale("a context", "the first answer", "the second one", ""))
        + 100;
    assertThat(cot.promptTokens()).isGreaterThan(oneOrder).isLessThanOrEqualTo(2 * oneOrder + 2);
  }

  @Test
  void tokensAreFourCharactersRoundedUpAndPricesPer1k() {
    assertThat(TokenEstimate.of("")).isZero();
    assertThat(TokenEstimate.of("abcd")).isEqualTo(1);
    assertThat(TokenEstimate.of("abcde")).isEqualTo(2);
    TokenPrices prices = new TokenPrices(0.5, 1.5);
    assertThat(prices.cost(Usage.reported(2000, 1000))).isEqualTo(2.5);
    assertThat(prices.cost(Usage.NONE)).as("nothing billed, no cost").isNull();
    assertThat(TokenPrices.NONE.cost(Usage.reported(2000, 1000))).as("not priced, no cost").isNull();
    assertThat(Usage.reported(3, 1).plus(Usage.estimated(5, 2))).isEqualTo(new Usage(8, 3, 2, 1));
  }
}
