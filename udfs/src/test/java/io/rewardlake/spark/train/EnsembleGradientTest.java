package io.rewardlake.spark.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.train.EnsembleObjective;
import io.rewardlake.core.train.PairLoss;
import io.rewardlake.core.train.TrainingExample;
import java.util.BitSet;
import org.apache.spark.mllib.linalg.DenseVector;
import org.apache.spark.mllib.linalg.SparseVector;
import org.apache.spark.mllib.linalg.Vector;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The MLlib path: encoding over used slots, decoding in the gradient, and the loss it computes. No Spark session. */
class EnsembleGradientTest {
  private final TrainingExample example = new TrainingExample("p1", "src",
      new SparseFeatures(new int[] {5, 900, 1023}, new float[] {1f, -0.5f, 2f}), 0.9, 0.3, 2.0,
      new byte[] {1, 0, 3}, false, Double.NaN);

  @Test
  void encodingMapsSlotsToCompactIndicesAndCarriesTheLossInputs() {
    int[] slots = UsedSlots.sorted(used(5, 17, 900, 1023));
    Tuple2<Object, Vector> encoded = ExampleVectors.encode(example, slots, 0.1);
    SparseVector vector = (SparseVector) encoded._2();

    assertThat((double) encoded._1()).isCloseTo(0.9 * 0.9 + 0.1 * 0.1, within(1e-12));
    assertThat(vector.indices()).containsExactly(0, 2, 3, 4, 5, 6, 7, 8);
    assertThat(vector.values()).containsExactly(1.0, -0.5, 2.0, 0.3, 2.0, 1.0, 0.0, 3.0);
    assertThat(ExampleVectors.featureCount(vector, slots.length)).isEqualTo(3);
  }

  @Test
  void gradientOfAnEncodedPairIsTheCoreObjectivesForEveryMember() {
    int[] slots = {5, 900, 1023};
    Tuple2<Object, Vector> encoded = ExampleVectors.encode(example, slots, 0.0);
    EnsembleObjective objective = EnsembleObjective.scaledFor(1, new double[] {2.0, 1.0, 6.0});
    double[] weights = {0.1, 0.2, 0.3, -0.4, 0.5, -0.6, 0.7, 0.8, 0.9};
    DenseVector gradient = new DenseVector(new double[9]);

    double loss = new EnsembleGradient(3, objective).compute(encoded._2(), 0.9, new DenseVector(weights), gradient);

    double[] x = {1, -0.5, 2};
    double[] multiplicity = {1, 0, 3};
    double[] total = {2.0, 1.0, 6.0};
    double expectedLoss = 0;
    for (int m = 0; m < 3; m++) {
      double delta = x[0] * weights[m] + x[1] * weights[3 + m] + x[2] * weights[6 + m];
      double factor = multiplicity[m] * 2.0 / total[m];
      expectedLoss += factor * PairLoss.value(delta, 0.9, 0.3);
      for (int k = 0; k < 3; k++) {
        assertThat(gradient.values()[k * 3 + m])
            .isCloseTo(factor * PairLoss.slope(delta, 0.9, 0.3) * x[k], within(1e-12));
      }
    }
    assertThat(loss).isCloseTo(expectedLoss, within(1e-12));
  }

  private static BitSet used(int... slots) {
    BitSet set = new BitSet();
    for (int slot : slots) {
      set.set(slot);
    }
    return set;
  }
}
