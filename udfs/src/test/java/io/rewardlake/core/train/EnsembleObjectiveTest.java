package io.rewardlake.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnsembleObjectiveTest {
  private static final int DIMENSION = 7;
  private static final int MEMBERS = 3;

  @ParameterizedTest(name = "Δ={0} p={1} m={2}")
  @CsvSource({"0.3, 1.0, 0.0", "-1.2, 1.0, 0.5", "2.0, 0.9, 0.0", "0.7, 0.5, 1.5", "-3.0, 0.0, 0.2",
      "25.0, 1.0, 0.0", "-40.0, 0.8, 2.0"})
  void pairLossSlopeMatchesFiniteDifferences(double delta, double target, double margin) {
    double h = 1e-6;
    double numeric = (PairLoss.value(delta + h, target, margin) - PairLoss.value(delta - h, target, margin)) / (2 * h);
    assertThat(PairLoss.slope(delta, target, margin)).isCloseTo(numeric, within(1e-6));
  }

  @Test
  void hardLabelWithMarginIsMinusLogSigmoidOfDeltaMinusMargin() {
    double delta = 0.4;
    double margin = 1.1;
    double expected = -Math.log(1 / (1 + Math.exp(-(delta - margin))));
    assertThat(PairLoss.value(delta, 1.0, margin)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void softTargetLossIsCrossEntropyAndIsMinimalAtLogitOfTarget() {
    double target = 0.8;
    double margin = 0.5;
    double optimum = margin + Math.log(target / (1 - target));
    assertThat(PairLoss.slope(optimum, target, margin)).isCloseTo(0, within(1e-12));
    double q = PairLoss.sigmoid(0.3 - margin);
    assertThat(PairLoss.value(0.3, target, margin))
        .isCloseTo(-target * Math.log(q) - (1 - target) * Math.log(1 - q), within(1e-12));
  }

  @Test
  void ensembleGradientMatchesFiniteDifferencesWithMarginsSoftTargetsWeightsAndMultiplicities() {
    Random random = new Random(7);
    double[][] pairs = {{0.9, 0.3, 1.5}, {0.6, 0.0, 0.5}, {1.0, 1.2, 2.0}, {0.5, 0.8, 1.0}};
    byte[][] counts = {{1, 0, 2}, {0, 1, 1}, {3, 1, 0}, {1, 1, 1}};
    int[][] indices = {{0, 2, 5}, {1, 2, 6}, {0, 3, 4, 6}, {2, 5}};
    float[][] values = randomValues(random, indices);
    EnsembleObjective objective = EnsembleObjective.scaledFor(4, new double[] {3.3, 1.9, 4.0});
    double[] weights = random.doubles(DIMENSION * MEMBERS, -0.5, 0.5).toArray();
    double[] gradient = new double[weights.length];
    total(objective, pairs, counts, indices, values, weights, gradient);
    double h = 1e-6;
    for (int i = 0; i < weights.length; i++) {
      double[] plus = weights.clone();
      double[] minus = weights.clone();
      plus[i] += h;
      minus[i] -= h;
      double numeric = (total(objective, pairs, counts, indices, values, plus, new double[weights.length])
          - total(objective, pairs, counts, indices, values, minus, new double[weights.length])) / (2 * h);
      assertThat(gradient[i]).as("gradient[%d]", i).isCloseTo(numeric, within(1e-6));
    }
  }

  @Test
  void eachMembersLossIsItsWeightedMeanOverItsOwnPairs() {
    // One feature, weights w = (1, 2) for two members; member 0 trains on both pairs, member 1 only on the second.
    EnsembleObjective objective = EnsembleObjective.scaledFor(2, new double[] {1.0 + 3.0, 3.0});
    double[] packed = {1.0, 2.0};
    double[] gradient = new double[2];
    double[] scratch = new double[4];
    double first = objective.accumulate(new int[] {0}, 0, new float[] {0.5f}, 0, 1, null, 1.0, 0.0, 1.0,
        new byte[] {1, 0}, 0, packed, gradient, scratch);
    double second = objective.accumulate(new int[] {0}, 0, new float[] {-1.0f}, 0, 1, null, 1.0, 0.0, 3.0,
        new byte[] {1, 1}, 0, packed, gradient, scratch);
    double member0 = (1.0 * PairLoss.value(0.5, 1, 0) + 3.0 * PairLoss.value(-1.0, 1, 0)) / 4.0;
    double member1 = PairLoss.value(-2.0, 1, 0);
    assertThat((first + second) / 2).isCloseTo(member0 + member1, within(1e-12));
  }

  @Test
  void aMemberWithoutTrainingPairsIsAnError() {
    assertThatThrownBy(() -> EnsembleObjective.scaledFor(10, new double[] {5, 0}))
        .hasMessageContaining("member 1 has no training pairs");
  }

  @Test
  void aRestrictedObjectiveGivesGradientOnlyToTrainableWeightsAndMatchesFiniteDifferencesThere() {
    // Member m may use features [0, 4) if m is even, [4, 7) if odd: two encoder backbones' blocks of head inputs.
    Random random = new Random(11);
    double[][] pairs = {{0.9, 0.3, 1.5}, {0.6, 0.0, 0.5}, {1.0, 1.2, 2.0}};
    byte[][] counts = {{1, 2, 1}, {2, 1, 1}, {1, 1, 3}};
    int[][] indices = {{0, 1, 2, 3, 4, 5, 6}, {0, 2, 4, 6}, {1, 3, 5}};
    float[][] values = randomValues(random, indices);
    boolean[] trainable = new boolean[DIMENSION * MEMBERS];
    for (int feature = 0; feature < DIMENSION; feature++) {
      for (int m = 0; m < MEMBERS; m++) {
        trainable[feature * MEMBERS + m] = (feature < 4) == (m % 2 == 0);
      }
    }
    EnsembleObjective objective = EnsembleObjective.scaledFor(3, new double[] {4, 4, 5}).restrictedTo(trainable);
    double[] weights = new double[DIMENSION * MEMBERS];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = trainable[i] ? random.nextDouble() - 0.5 : 0;
    }
    double[] gradient = new double[weights.length];
    total(objective, pairs, counts, indices, values, weights, gradient);
    double h = 1e-6;
    for (int i = 0; i < weights.length; i++) {
      if (!trainable[i]) {
        assertThat(gradient[i]).as("gradient[%d] of a weight outside the member's block", i).isZero();
        continue;
      }
      double[] plus = weights.clone();
      double[] minus = weights.clone();
      plus[i] += h;
      minus[i] -= h;
      double numeric = (total(objective, pairs, counts, indices, values, plus, new double[weights.length])
          - total(objective, pairs, counts, indices, values, minus, new double[weights.length])) / (2 * h);
      assertThat(gradient[i]).as("gradient[%d]", i).isCloseTo(numeric, within(1e-6));
    }
  }

  @Test
  void slotsMappedToCompactRowsGiveTheSameLossAndGradientAsWeightsOverEverySlot() {
    Random random = new Random(3);
    int[] slots = {4, 90, 1000};
    int[] compactOf = new int[1001];
    java.util.Arrays.fill(compactOf, -1);
    for (int k = 0; k < slots.length; k++) {
      compactOf[slots[k]] = k;
    }
    EnsembleObjective objective = EnsembleObjective.scaledFor(1, new double[] {1, 2, 3});
    float[] values = {0.5f, -1f, 0.25f};
    byte[] counts = {1, 2, 3};
    double[] compact = random.doubles(slots.length * MEMBERS, -1, 1).toArray();
    double[] full = new double[1001 * MEMBERS];
    for (int k = 0; k < slots.length; k++) {
      System.arraycopy(compact, k * MEMBERS, full, slots[k] * MEMBERS, MEMBERS);
    }
    double[] compactGradient = new double[compact.length];
    double[] fullGradient = new double[full.length];
    double viaRows = objective.accumulate(slots, 0, values, 0, 3, compactOf, 0.7, 0.1, 1.5, counts, 0, compact,
        compactGradient, new double[2 * MEMBERS]);
    double direct = objective.accumulate(slots, 0, values, 0, 3, null, 0.7, 0.1, 1.5, counts, 0, full, fullGradient,
        new double[2 * MEMBERS]);
    assertThat(viaRows).isEqualTo(direct);
    for (int k = 0; k < slots.length; k++) {
      for (int m = 0; m < MEMBERS; m++) {
        assertThat(compactGradient[k * MEMBERS + m]).isEqualTo(fullGradient[slots[k] * MEMBERS + m]).isNotZero();
      }
    }
  }

  private static float[][] randomValues(Random random, int[][] indices) {
    float[][] values = new float[indices.length][];
    for (int i = 0; i < indices.length; i++) {
      values[i] = new float[indices[i].length];
      for (int k = 0; k < values[i].length; k++) {
        values[i][k] = (float) (random.nextDouble() * 2 - 1);
      }
    }
    return values;
  }

  private static double total(EnsembleObjective objective, double[][] pairs, byte[][] counts, int[][] indices,
      float[][] values, double[] weights, double[] gradient) {
    double loss = 0;
    for (int i = 0; i < pairs.length; i++) {
      loss += objective.accumulate(indices[i], 0, values[i], 0, indices[i].length, null, pairs[i][0], pairs[i][1],
          pairs[i][2], counts[i], 0, weights, gradient, new double[2 * MEMBERS]);
    }
    return loss;
  }
}
