package io.rewardlake.core.optim;

/**
 * A line search along {@code direction} from {@code x} for a step t satisfying the strong Wolfe conditions
 * (sufficient decrease with c1 = 1e-4, curvature |φ'(t)| ≤ c2·|φ'(0)| with c2 = 0.9): grow the step until a bracket
 * is found, then shrink the bracket by safeguarded cubic interpolation. At most {@value #MAX_TRIES} evaluations
 * while bracketing and as many while zooming; a failed search returns null and the caller decides.
 */
final class StrongWolfe {
  static final int MAX_TRIES = 10;
  private static final double C1 = 1e-4;
  private static final double C2 = 0.9;
  private static final double GROWTH = 1.5;
  /** Steps this short relative to the direction do not move the point any more. */
  private static final double MIN_MOVE = 1e-10;

  private final DifferentiableFunction function;
  private final double[] x;
  private final double[] direction;
  private final double directionNorm;

  StrongWolfe(DifferentiableFunction function, double[] x, double[] direction) {
    this.function = function;
    this.x = x;
    this.direction = direction;
    this.directionNorm = Lbfgs.norm(direction);
  }

  /** The accepted point, with the value and gradient there. */
  record Point(double step, double[] x, double value, double[] gradient, double slope) {}

  /** Null when no acceptable step was found, or when the direction does not descend. */
  Point search(double value, double[] gradient, double initialStep) {
    Point origin = new Point(0, x, value, gradient, Lbfgs.dot(gradient, direction));
    if (!(origin.slope() < 0)) {
      return null;
    }
    Point low = origin;
    double step = initialStep;
    for (int i = 0; i < MAX_TRIES; i++) {
      if (step * directionNorm < MIN_MOVE) {
        return null;
      }
      Point trial = at(step);
      if (!Double.isFinite(trial.value())) {
        step /= 2;
        continue;
      }
      if (!sufficientDecrease(origin, trial) || (i > 0 && trial.value() >= low.value())) {
        return zoom(origin, low, trial);
      }
      if (Math.abs(trial.slope()) <= C2 * Math.abs(origin.slope())) {
        return trial;
      }
      if (trial.slope() >= 0) {
        return zoom(origin, trial, low);
      }
      low = trial;
      step *= GROWTH;
    }
    return null;
  }

  private Point zoom(Point origin, Point low, Point high) {
    for (int i = 0; i < MAX_TRIES; i++) {
      double step = interpolate(low, high);
      if (Math.abs(step - low.step()) * directionNorm < MIN_MOVE) {
        return sufficientDecrease(origin, low) && low.step() > 0 ? low : null;
      }
      Point trial = at(step);
      if (!sufficientDecrease(origin, trial) || trial.value() >= low.value()) {
        high = trial;
      } else {
        if (Math.abs(trial.slope()) <= C2 * Math.abs(origin.slope())) {
          return trial;
        }
        if (trial.slope() * (high.step() - low.step()) >= 0) {
          high = low;
        }
        low = trial;
      }
    }
    return null;
  }

  private static boolean sufficientDecrease(Point origin, Point trial) {
    return trial.value() <= origin.value() + C1 * trial.step() * origin.slope();
  }

  /**
   * The minimiser of the cubic through both ends' values and slopes, kept at least a tenth of the bracket away from
   * either end (bisection when the cubic has no usable minimum).
   */
  static double interpolate(Point a, Point b) {
    double lo = Math.min(a.step(), b.step());
    double hi = Math.max(a.step(), b.step());
    double width = hi - lo;
    double d1 = a.slope() + b.slope() - 3 * (a.value() - b.value()) / (a.step() - b.step());
    double radicand = d1 * d1 - a.slope() * b.slope();
    double step = Double.NaN;
    if (radicand >= 0) {
      double d2 = Math.signum(b.step() - a.step()) * Math.sqrt(radicand);
      step = b.step() - (b.step() - a.step()) * (b.slope() + d2 - d1) / (b.slope() - a.slope() + 2 * d2);
    }
    if (!Double.isFinite(step) || step < lo + 0.1 * width || step > hi - 0.1 * width) {
      return (lo + hi) / 2;
    }
    return step;
  }

  private Point at(double step) {
    double[] point = new double[x.length];
    for (int i = 0; i < point.length; i++) {
      point[i] = x[i] + step * direction[i];
    }
    double[] gradient = new double[x.length];
    double value = function.valueAt(point, gradient);
    return new Point(step, point, value, gradient, Lbfgs.dot(gradient, direction));
  }
}
