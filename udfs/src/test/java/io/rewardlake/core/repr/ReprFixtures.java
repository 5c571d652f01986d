package io.rewardlake.core.repr;

import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.train.TrainingExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/** Small random batches and a central-difference gradient for the representation tests. */
final class ReprFixtures {
  private ReprFixtures() {}

  static SparseFeatures sparse(Random random, int slots, int entries) {
    float[] dense = new float[slots];
    for (int i = 0; i < entries; i++) {
      dense[random.nextInt(slots)] = (float) random.nextGaussian();
    }
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < slots; i++) {
      if (dense[i] != 0) {
        indices.add(i);
      }
    }
    float[] values = new float[indices.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = dense[indices.get(k)];
    }
    return new SparseFeatures(indices.stream().mapToInt(Integer::intValue).toArray(), values);
  }

  static SidedPair pair(Random random, int slots, byte[] multiplicities) {
    TrainingExample example = new TrainingExample("p" + random.nextInt(), "src", SparseFeatures.empty(),
        random.nextDouble(), 0.2 * random.nextGaussian(), 0.5 + random.nextDouble(), multiplicities, false, Double.NaN);
    return new SidedPair(random.nextLong(), sparse(random, slots, 4), sparse(random, slots, 4), example);
  }

  static double[] gaussian(Random random, int size, double scale) {
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = scale * random.nextGaussian();
    }
    return out;
  }

  /** Central differences of f at x, one coordinate at a time. */
  static double[] numericGradient(ToDoubleFunction<double[]> f, double[] x) {
    double step = 1e-6;
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] plus = x.clone();
      double[] minus = x.clone();
      plus[i] += step;
      minus[i] -= step;
      out[i] = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * step);
    }
    return out;
  }

  static RepresentationSettings settings(Objective objective, int hidden, double dropout) {
    return new RepresentationSettings(objective, hidden, 10, 0.01, 0, 0, 0.7, 0.5, dropout, 8, 0.5, 1.0, 3L);
  }
}
