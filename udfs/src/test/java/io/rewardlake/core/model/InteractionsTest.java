package io.rewardlake.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InteractionsTest {

  @Test
  void everyDenseSlotIsNamed() {
    assertThat(Interactions.NAMES).hasSize(Interactions.COUNT).doesNotHaveDuplicates();
    assertThat(Interactions.COUNT).isEqualTo(8);
  }
}
