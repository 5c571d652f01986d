package io.rewardlake.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.model.SparseFeatures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed training cache gives the same loss, gradient and evaluation as the pairs it packs. */
class PairBlockTest {
  private static final int MEMBERS = 3;
  private static final int DIMENSION = 50;

  private final List<TrainingExample> examples = examples(new Random(9), 300);

  @Test
  void lossAndGradientOverABlockEqualThePairByPairSumWithSmoothedTargets() {
    EnsembleObjective objective = EnsembleObjective.scaledFor(300, new double[] {100, 200, 300});
    double[] weights = new Random(1).doubles(DIMENSION * MEMBERS, -1, 1).toArray();
    double smoothing = 0.1;
    double[] expectedGradient = new double[weights.length];
    double expectedLoss = 0;
    for (TrainingExample example : examples) {
      if (example.trainedOn()) {
        double target = example.target() * (1 - smoothing) + (1 - example.target()) * smoothing;
        SparseFeatures x = example.difference();
        expectedLoss += objective.accumulate(x.indices(), 0, x.values(), 0, x.size(), null, target, example.margin(),
            example.weight(), example.multiplicities(), 0, weights, expectedGradient, new double[2 * MEMBERS]);
      }
    }
    double[] gradient = new double[weights.length];
    double loss = 0;
    for (PairBlock block : blocks(examples, 64)) {
      loss += block.accumulate(objective, null, smoothing, weights, gradient);
    }

    assertThat(loss).isCloseTo(expectedLoss, within(1e-9));
    assertThat(gradient).containsExactly(expectedGradient, within(1e-9));
  }

  @Test
  void evaluationOverBlocksEqualsEvaluationOverThePairs() {
    double[] weights = new Random(2).doubles(DIMENSION * MEMBERS, -1, 1).toArray();
    Evaluation expected = new Evaluation(MEMBERS);
    for (TrainingExample example : examples) {
      double[] deltas = new double[MEMBERS];
      example.difference().dotPacked(weights, MEMBERS, deltas);
      expected.observe(example, deltas);
    }
    Evaluation actual = new Evaluation(MEMBERS);
    blocks(examples, 100).forEach(block -> block.observeInto(actual, weights));

    assertThat(actual.ensembleMetrics()).isNotEmpty();
    assertThat(actual.ensembleMetrics()).containsOnlyKeys(expected.ensembleMetrics().keySet());
    expected.ensembleMetrics().forEach((key, value) ->
        assertThat(actual.ensembleMetrics().get(key)).as(key).isCloseTo(value, within(1e-12)));
    for (int m = 0; m < MEMBERS; m++) {
      assertThat(actual.memberMetrics(m)).isEqualTo(expected.memberMetrics(m));
    }
  }

  @Test
  void countsTotalsAndTrainedSlotsSkipEvaluationOnlyPairs() {
    List<PairBlock> blocks = blocks(examples, 1000);
    PairBlock block = blocks.get(0);
    double[] totals = new double[MEMBERS];
    block.addMemberWeights(totals);
    BitSet slots = new BitSet();
    block.markTrainedSlots(slots);

    double[] expected = new double[MEMBERS];
    BitSet expectedSlots = new BitSet();
    long trained = 0;
    for (TrainingExample example : examples) {
      for (int m = 0; m < MEMBERS; m++) {
        expected[m] += example.multiplicity(m) * example.weight();
      }
      if (example.trainedOn()) {
        trained++;
        for (int index : example.difference().indices()) {
          expectedSlots.set(index);
        }
      }
    }
    assertThat(block.size()).isEqualTo(300);
    assertThat(block.trainedPairs()).isEqualTo(trained).isLessThan(300);
    assertThat(totals).containsExactly(expected, within(1e-9));
    assertThat(slots).isEqualTo(expectedSlots);
    assertThat(block.entries()).isEqualTo(examples.stream().mapToLong(e -> e.difference().size()).sum());
  }

  @Test
  void aBlockSurvivesJavaSerialisationAsSpillingToDiskDoes() throws Exception {
    PairBlock block = blocks(examples, 1000).get(0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(block);
    }
    PairBlock copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (PairBlock) in.readObject();
    }
    double[] weights = new Random(4).doubles(DIMENSION * MEMBERS, -1, 1).toArray();
    EnsembleObjective objective = EnsembleObjective.scaledFor(1, new double[] {1, 1, 1});
    assertThat(copy.accumulate(objective, null, 0, weights, new double[weights.length]))
        .isEqualTo(block.accumulate(objective, null, 0, weights, new double[weights.length]));
    // The point of packing: about 6 bytes per entry (16-bit slot gap, float value) plus the per-pair fields.
    assertThat((double) bytes.size() / block.entries()).isLessThan(6 + 60.0 * block.size() / block.entries());
  }

  @Test
  void slotsFarApartOrBeyondSixteenBitsSurviveTheGapCoding() {
    int[] slots = {0, 1, 65534, 65535, 65536, 200_000, 16_777_215};
    float[] values = {1, 2, 3, 4, 5, 6, 7};
    TrainingExample wide = new TrainingExample("w", "s", new SparseFeatures(slots, values), 1, 0, 1,
        new byte[] {1, 1, 1}, false, Double.NaN);
    PairBlock block = new PairBlock.Builder(MEMBERS).add(examples.get(1)).add(wide).build();
    BitSet used = new BitSet();
    block.markTrainedSlots(used);
    for (int slot : slots) {
      assertThat(used.get(slot)).as("slot %d", slot).isTrue();
    }

    double[] weights = new double[(slots[slots.length - 1] + 1) * MEMBERS];
    for (int k = 0; k < slots.length; k++) {
      weights[slots[k] * MEMBERS + 2] = k + 1;
    }
    TrainingExample heldOut = new TrainingExample("t", "s", new SparseFeatures(slots, values), 0.25, 0, 1,
        new byte[MEMBERS], true, Double.NaN);
    Evaluation evaluation = new Evaluation(MEMBERS);
    new PairBlock.Builder(MEMBERS).add(heldOut).build().observeInto(evaluation, weights);
    // Δ of member 2 = Σ (k + 1) · value_k = 1 + 4 + 9 + ... + 49 = 140; members 0 and 1 score 0.
    Evaluation expected = new Evaluation(MEMBERS).observe(heldOut, new double[] {0, 0, 140});
    assertThat(evaluation.memberMetrics(2)).isNotEmpty().isEqualTo(expected.memberMetrics(2));
    assertThat(evaluation.memberMetrics(2)).isNotEqualTo(evaluation.memberMetrics(0));
  }

  @Test
  void aPairWithAnotherMemberCountIsRefused() {
    TrainingExample two = new TrainingExample("x", "s", SparseFeatures.empty(), 1, 0, 1, new byte[2], false,
        Double.NaN);
    assertThatThrownBy(() -> new PairBlock.Builder(MEMBERS).add(two)).hasMessageContaining("2 member");
  }

  private static List<PairBlock> blocks(List<TrainingExample> examples, int size) {
    List<PairBlock> blocks = new ArrayList<>();
    PairBlock.Builder builder = new PairBlock.Builder(MEMBERS);
    for (TrainingExample example : examples) {
      builder.add(example);
      if (builder.size() == size) {
        blocks.add(builder.build());
        builder = new PairBlock.Builder(MEMBERS);
      }
    }
    if (builder.size() > 0) {
      blocks.add(builder.build());
    }
    return blocks;
  }

  private static List<TrainingExample> examples(Random random, int count) {
    List<TrainingExample> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int[] indices = random.ints(0, DIMENSION).distinct().limit(1 + random.nextInt(12)).sorted().toArray();
      float[] values = new float[indices.length];
      for (int k = 0; k < values.length; k++) {
        values[k] = (float) random.nextGaussian();
      }
      boolean evaluationOnly = i % 7 == 0;
      byte[] counts = new byte[MEMBERS];
      for (int m = 0; m < MEMBERS && !evaluationOnly; m++) {
        counts[m] = (byte) random.nextInt(3);
      }
      double truth = i % 2 == 0 ? random.nextDouble() : Double.NaN;
      out.add(new TrainingExample("p" + i, i % 3 == 0 ? "a" : "b", new SparseFeatures(indices, values),
          random.nextDouble(), random.nextDouble(), 0.5 + random.nextDouble(), counts, evaluationOnly, truth));
    }
    return out;
  }
}
