package io.rewardlake.core.repr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.model.MlpShape;
import io.rewardlake.core.model.SparseFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The hand-derived gradients against central finite differences, for every parameter of a two-member network:
 * the Bradley–Terry loss through the hidden layer, with and without the contrastive term (dropout views fixed by
 * their hash keys), and MetaRM's difference loss.
 */
class GradientCheckTest {
  private static final MlpShape SHAPE = new MlpShape(7, 3);
  private static final int MEMBERS = 2;

  @ParameterizedTest
  @EnumSource(value = Objective.class, names = {"BT", "CONTRASTIVE"})
  void pairObjectiveGradientMatchesFiniteDifferences(Objective objective) {
    Random random = new Random(11);
    List<SidedPair> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(ReprFixtures.pair(random, SHAPE.slots(), new byte[] {(byte) (i % 3), (byte) (1 + i % 2)}));
    }
    PairObjective pairs = new PairObjective(SHAPE, new double[] {3.0, 4.5},
        ReprFixtures.settings(objective, SHAPE.hidden(), 0.3));
    double[] theta = ReprFixtures.gaussian(random, SHAPE.size() * MEMBERS, 0.7);
    double[] analytic = new double[theta.length];
    pairs.accumulate(batch, theta, analytic, 4);

    double[] numeric = ReprFixtures.numericGradient(x -> pairs.accumulate(batch, x, new double[x.length], 4), theta);
    assertClose(analytic, numeric);
    assertThat(norm(analytic)).isGreaterThan(1e-3);
  }

  @Test
  void contrastiveTermChangesTheGradientOfTheHiddenLayerOnly() {
    Random random = new Random(5);
    List<SidedPair> batch = List.of(ReprFixtures.pair(random, 7, new byte[] {1, 1}),
        ReprFixtures.pair(random, 7, new byte[] {1, 1}), ReprFixtures.pair(random, 7, new byte[] {1, 0}));
    double[] theta = ReprFixtures.gaussian(random, SHAPE.size() * MEMBERS, 0.7);
    double[] plain = gradient(Objective.BT, batch, theta);
    double[] contrastive = gradient(Objective.CONTRASTIVE, batch, theta);
    for (int m = 0; m < MEMBERS; m++) {
      int base = m * SHAPE.size();
      for (int k = 0; k < SHAPE.slots(); k++) {
        assertThat(contrastive[base + k]).as("linear weight %d", k).isCloseTo(plain[base + k], within(1e-12));
      }
      for (int j = 0; j < SHAPE.hidden(); j++) {
        assertThat(contrastive[base + SHAPE.head() + j]).isCloseTo(plain[base + SHAPE.head() + j], within(1e-12));
      }
    }
    assertThat(norm(diff(contrastive, plain))).isGreaterThan(1e-4);
  }

  @Test
  void differenceLossGradientMatchesFiniteDifferences() {
    Random random = new Random(8);
    List<SparseFeatures> group = List.of(ReprFixtures.sparse(random, 7, 4), ReprFixtures.sparse(random, 7, 4),
        ReprFixtures.sparse(random, 7, 4), ReprFixtures.sparse(random, 7, 4));
    ShiftedObjective shifted = new ShiftedObjective(SHAPE, MEMBERS, 3);
    double[] theta = ReprFixtures.gaussian(random, SHAPE.size() * MEMBERS, 0.7);
    double[] analytic = new double[theta.length];
    shifted.accumulate(group, theta, analytic);

    assertClose(analytic, ReprFixtures.numericGradient(x -> shifted.accumulate(group, x, new double[x.length]),
        theta));
    assertThat(norm(analytic)).isGreaterThan(1e-4);
  }

  private static double[] gradient(Objective objective, List<SidedPair> batch, double[] theta) {
    double[] out = new double[theta.length];
    new PairObjective(SHAPE, new double[] {3.0, 2.0}, ReprFixtures.settings(objective, 3, 0.2))
        .accumulate(batch, theta, out, 1);
    return out;
  }

  private static void assertClose(double[] analytic, double[] numeric) {
    for (int i = 0; i < analytic.length; i++) {
      assertThat(analytic[i]).as("parameter %d", i).isCloseTo(numeric[i], within(1e-6 + 1e-5 * Math.abs(numeric[i])));
    }
  }

  private static double[] diff(double[] a, double[] b) {
    double[] out = a.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] -= b[i];
    }
    return out;
  }

  private static double norm(double[] values) {
    return Math.sqrt(InfoNce.dot(values, values));
  }
}
