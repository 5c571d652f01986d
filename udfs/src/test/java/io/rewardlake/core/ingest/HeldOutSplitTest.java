package io.rewardlake.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeldOutSplitTest {
  @Test
  void aPromptAlwaysGetsTheSameSplitAndTheShareFollowsTheFraction() {
    HeldOutSplit split = new HeldOutSplit(0.2, 7);
    int held = 0;
    for (int p = 0; p < 10_000; p++) {
      String prompt = "prompt number " + p;
      String side = split.assign(prompt, "train");
      assertThat(split.assign("  " + prompt + " ", "train")).as("by the normalised prompt").isEqualTo(side);
      held += side.equals("test") ? 1 : 0;
    }
    assertThat(held).isBetween(1_850, 2_150);
  }

  @Test
  void theSeedChangesWhichPromptsAreHeldOutAndZeroHoldsNothing() {
    HeldOutSplit a = new HeldOutSplit(0.5, 1);
    HeldOutSplit b = new HeldOutSplit(0.5, 2);
    long differ = java.util.stream.IntStream.range(0, 200)
        .filter(p -> !a.assign("q" + p, "train").equals(b.assign("q" + p, "train"))).count();
    assertThat(differ).isGreaterThan(50);
    assertThat(HeldOutSplit.NONE.assign("anything", "validation")).isEqualTo("validation");
    assertThatThrownBy(() -> new HeldOutSplit(1, 0)).hasMessageContaining("[0, 1)");
  }
}
