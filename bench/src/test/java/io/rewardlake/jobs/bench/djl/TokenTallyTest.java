package io.rewardlake.jobs.bench.djl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTallyTest {
  @Test
  void oneCallCountsRealTokensAndThePaddingOfItsLengthBuckets() {
    // Sorted 3, 4, 10, 12 in calls of two: [3, 4] padded to 4, [10, 12] padded to 12.
    TokenTally tally = TokenTally.ofCall(new int[] {12, 3, 10, 4}, 1, 2, 16_384);

    assertThat(tally).isEqualTo(new TokenTally(4, 29, 1, 2, 2 * 4 + 2 * 12));
    assertThat(tally.paddingOverhead()).isEqualTo(3.0 / 29);
  }

  @Test
  void theTokenBudgetSplitsCallsToo() {
    // Budget 20: [3, 4] fits (2 x 4 = 8); adding 10 would cost 3 x 10 = 30, so 10 and then 12 go alone.
    TokenTally tally = TokenTally.ofCall(new int[] {12, 3, 10, 4}, 0, 8, 20);

    assertThat(tally.batchedCalls()).isEqualTo(3);
    assertThat(tally.paddedTokens()).isEqualTo(8 + 10 + 12);
  }

  @Test
  void batchSizeOneMeansNoPaddingAndTalliesAdd() {
    TokenTally single = TokenTally.ofCall(new int[] {5, 7}, 0, 1, 16_384);
    assertThat(single.paddedTokens()).isEqualTo(single.tokens());
    assertThat(single.paddingOverhead()).isZero();

    TokenTally sum = single.plus(TokenTally.ofCall(new int[] {}, 0, 16, 16_384)).plus(TokenTally.NONE)
        .plus(new TokenTally(1, 9, 1, 1, 9));
    assertThat(sum).isEqualTo(new TokenTally(3, 21, 1, 3, 21));
    assertThat(TokenTally.NONE.paddingOverhead()).isZero();
  }
}
