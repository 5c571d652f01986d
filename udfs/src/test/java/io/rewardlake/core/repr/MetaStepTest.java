package io.rewardlake.core.repr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.model.MlpShape;
import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.train.PairLoss;
import io.rewardlake.core.train.TrainingExample;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first-order MetaRM update on a model small enough to write out: two slots, one hidden unit with zero weights
 * (so r = w1 f1 + w2 f2), one shifted prompt with responses e1 and e2, one labelled pair (chosen e2, rejected e1).
 */
class MetaStepTest {
  private static final MlpShape SHAPE = new MlpShape(2, 1);
  private static final SparseFeatures E1 = new SparseFeatures(new int[] {0}, new float[] {1});
  private static final SparseFeatures E2 = new SparseFeatures(new int[] {1}, new float[] {1});
  private static final double ALPHA = 0.8;

  @Test
  void metaGradientIsThePreferenceGradientAtTheParametersSteppedUpTheDifferenceLoss() {
    double[] theta = new double[SHAPE.size()];
    theta[0] = 0.5; // w1; w2 = 0, W = b = u = 0
    double[] ascent = new double[theta.length];
    double j = new ShiftedObjective(SHAPE, 1, 1).accumulate(List.of(E1, E2), theta, ascent);
    double slope = PairLoss.sigmoid(0.5) * (1 - PairLoss.sigmoid(0.5));
    // J = σ(|w1 − w2|), so ∇J = σ'(0.5) · (1, −1) on (w1, w2) and 0 elsewhere.
    assertThat(j).isCloseTo(PairLoss.sigmoid(0.5), within(1e-12));
    assertThat(ascent).containsExactly(new double[] {slope, -slope, 0, 0, 0, 0}, within(1e-12));

    double[] stepped = MetaStep.stepped(theta, ascent, ALPHA);
    assertThat(stepped).containsExactly(new double[] {0.5 + ALPHA * slope, -ALPHA * slope, 0, 0, 0, 0},
        within(1e-12));

    double[] meta = pairGradient(stepped);
    // Δ' = w2' − w1' = −0.5 − 2α σ'(0.5); ∂L/∂(w1, w2) = (σ(Δ') − 1) · (−1, 1) for target 1.
    double delta = -0.5 - 2 * ALPHA * slope;
    double dl = PairLoss.sigmoid(delta) - 1;
    assertThat(meta).containsExactly(new double[] {-dl, dl, 0, 0, 0, 0}, within(1e-12));
    assertThat(Math.abs(meta[1])).as("the step widened the gap the pair loss must close")
        .isGreaterThan(Math.abs(pairGradient(theta)[1]));
  }

  @Test
  void mixBlendsThePlainAndTheMetaGradient() {
    double[] plain = {1, -2, 0.5};
    double[] meta = {3, 2, -0.5};
    assertThat(MetaStep.mixed(plain, meta, 0)).containsExactly(plain);
    assertThat(MetaStep.mixed(plain, meta, 1)).containsExactly(meta);
    assertThat(MetaStep.mixed(plain, meta, 0.25)).containsExactly(new double[] {1.5, -1, 0.25}, within(1e-12));
  }

  @Test
  void aSmallInnerStepIncreasesTheDifferenceLoss() {
    double[] theta = ReprFixtures.gaussian(new java.util.Random(2), SHAPE.size(), 0.5);
    ShiftedObjective objective = new ShiftedObjective(SHAPE, 1, 1);
    double[] ascent = new double[theta.length];
    double before = objective.accumulate(List.of(E1, E2), theta, ascent);
    double after = objective.accumulate(List.of(E1, E2), MetaStep.stepped(theta, ascent, 0.1),
        new double[theta.length]);
    assertThat(after).isGreaterThan(before);
  }

  private static double[] pairGradient(double[] params) {
    TrainingExample example = new TrainingExample("p", "src", SparseFeatures.empty(), 1.0, 0, 1, new byte[] {1},
        false, Double.NaN);
    double[] gradient = new double[params.length];
    new PairObjective(SHAPE, new double[] {1}, ReprFixtures.settings(Objective.METARM, 1, 0))
        .accumulate(List.of(new SidedPair(1, E2, E1, example)), params, gradient, 0);
    return gradient;
  }
}
