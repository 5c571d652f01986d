package io.rewardlake.core.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LbfgsTest {
  /** Σ c_i (x_i − i)², condition number 10^4. */
  private static final DifferentiableFunction ILL_CONDITIONED_QUADRATIC = (x, gradient) -> {
    double value = 0;
    for (int i = 0; i < x.length; i++) {
      double c = Math.pow(10, 4.0 * i / (x.length - 1));
      value += c * (x[i] - i) * (x[i] - i);
      gradient[i] = 2 * c * (x[i] - i);
    }
    return value;
  };

  private static final DifferentiableFunction ROSENBROCK = (x, gradient) -> {
    double a = 1 - x[0];
    double b = x[1] - x[0] * x[0];
    gradient[0] = -2 * a - 400 * x[0] * b;
    gradient[1] = 200 * b;
    return a * a + 100 * b * b;
  };

  @Test
  void findsTheMinimumOfAnIllConditionedQuadratic() {
    Lbfgs.Result result = new Lbfgs(200, 10, 1e-10).minimize(ILL_CONDITIONED_QUADRATIC, new double[10]);

    for (int i = 0; i < 10; i++) {
      assertThat(result.x()[i]).as("x[%d]", i).isCloseTo(i, within(1e-4));
    }
    assertThat(result.stop()).isIn(Lbfgs.Stop.GRADIENT, Lbfgs.Stop.VALUES);
    // Same path as a textbook L-BFGS (SciPy's L-BFGS-B with 10 corrections reaches this value at iteration 2).
    assertThat(result.values()[2]).isCloseTo(86844.2254989101, within(1e-6));
  }

  @Test
  void stopsOnTheGradientWhenItIsSmallRelativeToTheValue() {
    DifferentiableFunction offsetBowl = (x, gradient) -> {
      gradient[0] = 2 * (x[0] - 3);
      gradient[1] = 4 * (x[1] + 1);
      return 5 + (x[0] - 3) * (x[0] - 3) + 2 * (x[1] + 1) * (x[1] + 1);
    };
    Lbfgs.Result result = new Lbfgs(100, 10, 1e-6).minimize(offsetBowl, new double[2]);

    assertThat(result.stop()).isEqualTo(Lbfgs.Stop.GRADIENT);
    assertThat(result.values()[result.values().length - 1]).isCloseTo(5, within(1e-9));
    assertThat(result.values().length - 1).isLessThan(10);
  }

  @Test
  void followsRosenbrocksCurvedValleyToItsMinimum() {
    Lbfgs.Result result = new Lbfgs(500, 7, 1e-12).minimize(ROSENBROCK, new double[] {-1.2, 1});

    assertThat(result.x()[0]).isCloseTo(1, within(1e-4));
    assertThat(result.x()[1]).isCloseTo(1, within(1e-4));
  }

  @Test
  void everyIterationLowersTheValueAndEvaluationsCountLineSearchSteps() {
    Lbfgs.Result result = new Lbfgs(40, 5, 1e-12).minimize(ROSENBROCK, new double[] {-1.2, 1});

    double[] values = result.values();
    for (int i = 1; i < values.length; i++) {
      assertThat(values[i]).as("value after iteration %d", i).isLessThan(values[i - 1]);
    }
    assertThat(result.evaluations()).isGreaterThanOrEqualTo(values.length);
  }

  @Test
  void stopsAfterMaxIterationsAndReportsEach() {
    int[] reported = new int[1];
    Lbfgs.Result result = new Lbfgs(3, 10, 1e-12).minimize(ROSENBROCK, new double[] {-1.2, 1},
        iteration -> reported[0] = iteration);

    assertThat(result.values()).hasSize(4);
    assertThat(result.stop()).isEqualTo(Lbfgs.Stop.MAX_ITERATIONS);
    assertThat(reported[0]).isEqualTo(3);
  }

  @Test
  void startingAtTheMinimumTakesNoIterationAndOneEvaluation() {
    double[] minimum = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    Lbfgs.Result result = new Lbfgs(100, 10, 1e-6).minimize(ILL_CONDITIONED_QUADRATIC, minimum);

    assertThat(result.values()).hasSize(1);
    assertThat(result.evaluations()).isEqualTo(1);
    assertThat(result.x()).containsExactly(minimum);
  }

  @Test
  void aGradientThatDoesNotDescendEndsTheRunWithoutAnException() {
    DifferentiableFunction wrongSign = (x, gradient) -> {
      gradient[0] = -2 * x[0];
      return x[0] * x[0];
    };
    Lbfgs.Result result = new Lbfgs(100, 10, 1e-9).minimize(wrongSign, new double[] {1});

    assertThat(result.stop()).isEqualTo(Lbfgs.Stop.LINE_SEARCH);
    assertThat(result.x()).containsExactly(1);
  }

  @Test
  void regularisedLogisticRegressionReachesAStationaryPoint() {
    Random random = new Random(5);
    int n = 400;
    int d = 8;
    double[][] features = new double[n][d];
    double[] labels = new double[n];
    for (int i = 0; i < n; i++) {
      double score = 0;
      for (int j = 0; j < d; j++) {
        features[i][j] = random.nextGaussian();
        score += (j - 3.5) * features[i][j];
      }
      labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-score)) ? 1 : 0;
    }
    DifferentiableFunction loss = (w, gradient) -> {
      double value = 0;
      java.util.Arrays.fill(gradient, 0);
      for (int i = 0; i < n; i++) {
        double z = 0;
        for (int j = 0; j < d; j++) {
          z += w[j] * features[i][j];
        }
        double p = 1 / (1 + Math.exp(-z));
        value += -labels[i] * Math.log(p) - (1 - labels[i]) * Math.log(1 - p);
        for (int j = 0; j < d; j++) {
          gradient[j] += (p - labels[i]) * features[i][j] / n;
        }
      }
      double penalty = 0;
      for (int j = 0; j < d; j++) {
        gradient[j] += 0.01 * w[j];
        penalty += w[j] * w[j];
      }
      return value / n + 0.005 * penalty;
    };
    Lbfgs.Result result = new Lbfgs(100, 10, 1e-9).minimize(loss, new double[d]);

    double[] gradient = new double[d];
    loss.valueAt(result.x(), gradient);
    assertThat(Lbfgs.norm(gradient)).isLessThan(1e-6);
    assertThat(result.x()[0]).isNegative();
    assertThat(result.x()[d - 1]).isPositive();
  }

  @Test
  void cubicInterpolationFindsTheMinimumOfACubicInsideTheBracket() {
    // φ(t) = (t − 1)³ − 3(t − 1) has its local minimum at t = 2; the bracket [0, 3] holds it.
    StrongWolfe.Point a = new StrongWolfe.Point(0, null, -1 + 3, null, 3 * 1 - 3);
    StrongWolfe.Point b = new StrongWolfe.Point(3, null, 8 - 6, null, 3 * 4 - 3);

    assertThat(StrongWolfe.interpolate(a, b)).isCloseTo(2, within(1e-12));
  }

  @Test
  void interpolationFallsBackToBisectionNearTheBracketsEnds() {
    StrongWolfe.Point a = new StrongWolfe.Point(0, null, 0, null, -1e-12);
    StrongWolfe.Point b = new StrongWolfe.Point(1, null, 10, null, 50);

    double step = StrongWolfe.interpolate(a, b);
    assertThat(step).isBetween(0.1, 0.9);
  }
}
