package io.rewardlake.core.repr;

import io.rewardlake.core.model.MlpShape;
import java.util.SplittableRandom;

/**
 * Seeded initial parameters of all members: W ~ N(0, 0.3²) (the featurizer's blocks have unit norm, so W f starts
 * inside tanh's linear range), u ~ N(0, 0.1²), w = b = 0. Each member draws from its own stream of the seed, so
 * members differ in initialisation as well as in training subset.
 */
public final class MlpInit {
  private static final double HIDDEN_SCALE = 0.3;
  private static final double HEAD_SCALE = 0.1;

  private MlpInit() {}

  public static double[] parameters(MlpShape shape, int members, long seed) {
    double[] params = new double[shape.size() * members];
    for (int m = 0; m < members; m++) {
      SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + m);
      int base = m * shape.size();
      for (int i = shape.hiddenWeight(0); i < shape.bias(); i++) {
        params[base + i] = HIDDEN_SCALE * gaussian(random);
      }
      for (int j = 0; j < shape.hidden(); j++) {
        params[base + shape.head() + j] = HEAD_SCALE * gaussian(random);
      }
    }
    return params;
  }

  /** Box–Muller from the seeded stream (SplittableRandom has no Gaussian in Java 17). */
  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
