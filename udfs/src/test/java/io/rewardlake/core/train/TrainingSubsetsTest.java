package io.rewardlake.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrainingSubsetsTest {
  private static final int PAIRS = 20_000;
  private static final byte[] BOOTSTRAP_PINNED = {1, 1, 0, 1, 2, 1, 0, 2};

  @Test
  void groupsAreWholeKfoldRepeatsSoEveryPairIsHeldOutInEveryGroup() {
    TrainingSubsets kfold = new TrainingSubsets(SubsetScheme.KFOLD, 6, 3, 5);
    assertThat(IntStream.range(0, 6).map(kfold::groupOf).toArray()).containsExactly(0, 0, 0, 1, 1, 1);
    for (long pair = 0; pair < 200; pair++) {
      long hash = PairHash.of("pair-" + pair);
      for (int group = 0; group < 2; group++) {
        int g = group;
        long heldOut = IntStream.range(0, 6).filter(m -> kfold.groupOf(m) == g)
            .filter(m -> kfold.multiplicity(hash, m) == 0).count();
        assertThat(heldOut).as("pair %d, group %d", pair, group).isEqualTo(1);
      }
    }
    TrainingSubsets bootstrap = new TrainingSubsets(SubsetScheme.BOOTSTRAP, 4, 0, 5);
    assertThat(IntStream.range(0, 4).map(bootstrap::groupOf).toArray()).containsExactly(0, 1, 2, 3);
  }

  @Test
  void repeatedKfoldHoldsEveryPairOutByExactlyOneMemberPerRepeat() {
    TrainingSubsets subsets = new TrainingSubsets(SubsetScheme.KFOLD, 10, 5, 42);
    int[] heldOutPerMember = new int[10];
    for (int i = 0; i < PAIRS; i++) {
      byte[] counts = subsets.multiplicities("pair-" + i);
      for (int repeat = 0; repeat < 2; repeat++) {
        int heldOut = 0;
        for (int fold = 0; fold < 5; fold++) {
          int member = repeat * 5 + fold;
          heldOut += counts[member] == 0 ? 1 : 0;
          heldOutPerMember[member] += counts[member] == 0 ? 1 : 0;
          assertThat(counts[member]).isBetween((byte) 0, (byte) 1);
        }
        assertThat(heldOut).as("pair %d, repeat %d", i, repeat).isEqualTo(1);
      }
    }
    for (int held : heldOutPerMember) {
      assertThat(held / (double) PAIRS).isCloseTo(0.2, within(0.01));
    }
  }

  @Test
  void repeatsUseIndependentFoldAssignments() {
    TrainingSubsets subsets = new TrainingSubsets(SubsetScheme.KFOLD, 10, 5, 42);
    long same = IntStream.range(0, PAIRS).filter(i -> {
      long hash = PairHash.of("pair-" + i);
      return subsets.foldOf(hash, 0) == subsets.foldOf(hash, 1);
    }).count();
    assertThat(same / (double) PAIRS).isCloseTo(0.2, within(0.01));
  }

  @Test
  void bootstrapMultiplicitiesArePoissonOneAndOutOfBagIsAboutAThird() {
    TrainingSubsets subsets = new TrainingSubsets(SubsetScheme.BOOTSTRAP, 8, 0, 7);
    long zeros = 0;
    double sum = 0;
    for (int i = 0; i < PAIRS; i++) {
      for (byte count : subsets.multiplicities("pair-" + i)) {
        zeros += count == 0 ? 1 : 0;
        sum += count;
      }
    }
    assertThat(zeros / (8.0 * PAIRS)).isCloseTo(Math.exp(-1), within(0.01));
    assertThat(sum / (8.0 * PAIRS)).isCloseTo(1.0, within(0.01));
  }

  @Test
  void theRuleIsDeterministicAndPinned() {
    // Pinned so a change to the hash rule, which would silently change every stored ensemble's subsets, fails here.
    assertThat(PairHash.of("")).isEqualTo(0xcbf29ce484222325L);
    assertThat(PairHash.of("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    TrainingSubsets subsets = new TrainingSubsets(SubsetScheme.KFOLD, 10, 5, 42);
    assertThat(subsets.multiplicities("0123456789abcdef0123456789abcdef"))
        .isEqualTo(subsets.multiplicities("0123456789abcdef0123456789abcdef"));
    long hash = PairHash.of("0123456789abcdef0123456789abcdef");
    // Expected values computed by an independent Python re-implementation of the documented rule.
    assertThat(new int[] {subsets.foldOf(hash, 0), subsets.foldOf(hash, 1)}).containsExactly(1, 1);
    assertThat(new TrainingSubsets(SubsetScheme.BOOTSTRAP, 8, 0, 7).multiplicities("0123456789abcdef0123456789abcdef"))
        .containsExactly(BOOTSTRAP_PINNED);
  }

  @Test
  void seedsGiveDifferentSubsets() {
    TrainingSubsets a = new TrainingSubsets(SubsetScheme.KFOLD, 5, 5, 1);
    TrainingSubsets b = new TrainingSubsets(SubsetScheme.KFOLD, 5, 5, 2);
    long differ = IntStream.range(0, 1000)
        .filter(i -> !java.util.Arrays.equals(a.multiplicities("p" + i), b.multiplicities("p" + i))).count();
    assertThat(differ).isGreaterThan(700);
  }

  @Test
  void invalidCombinationsAreRejectedWithTheNumbers() {
    assertThatThrownBy(() -> new TrainingSubsets(SubsetScheme.KFOLD, 10, 3, 1))
        .hasMessageContaining("10 members and 3 folds");
    assertThatThrownBy(() -> new TrainingSubsets(SubsetScheme.ALL, 4, 0, 1)).hasMessageContaining("4 members");
  }

  @Test
  void metadataRoundTrips() {
    TrainingSubsets subsets = new TrainingSubsets(SubsetScheme.BOOTSTRAP, 6, 5, -3);
    assertThat(TrainingSubsets.fromMap(subsets.toMap())).isEqualTo(subsets);
    assertThat(subsets.describe(4)).isEqualTo("bootstrap(seed=-3,member=4,poisson=1)");
  }
}
