package io.rewardlake.core.optim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Limited-memory BFGS with a strong-Wolfe line search (Nocedal and Wright, algorithms 7.4, 3.5 and 3.6). The
 * stopping rules are those of the L-BFGS the project used before (Breeze's, through MLlib), so a tolerance means the
 * same: stop after {@code maxIterations}, when the gradient's norm is at most {@code max(tolerance · |f|, 1e-8)},
 * when the value moved by at most {@code tolerance · |f(x0)|} over the last {@value #VALUE_WINDOW} iterations, or
 * when the line search fails twice in a row (the first failure drops the curvature history and retries along the
 * gradient).
 *
 * <p>It is written here rather than used from Breeze because Breeze's function type cannot be implemented from Java,
 * and the trainer needs to own its data layout: each evaluation is one pass over packed pair blocks.
 */
public final class Lbfgs {
  static final int VALUE_WINDOW = 20;
  private static final double MIN_GRADIENT_NORM = 1e-8;

  private final int maxIterations;
  private final int corrections;
  private final double tolerance;

  public Lbfgs(int maxIterations, int corrections, double tolerance) {
    if (maxIterations < 0 || corrections < 1 || !(tolerance > 0)) {
      throw new IllegalArgumentException("need maxIterations >= 0, corrections >= 1, tolerance > 0; got "
          + maxIterations + ", " + corrections + ", " + tolerance);
    }
    this.maxIterations = maxIterations;
    this.corrections = corrections;
    this.tolerance = tolerance;
  }

  /**
   * The result of a run.
   *
   * @param x the last accepted point
   * @param values the value at the start and after every iteration ({@code values.length - 1} iterations)
   * @param evaluations calls of the function, line searches included
   * @param stop why the run ended
   */
  public record Result(double[] x, double[] values, int evaluations, Stop stop) {}

  /** Why a run ended. */
  public enum Stop { MAX_ITERATIONS, GRADIENT, VALUES, LINE_SEARCH }

  public Result minimize(DifferentiableFunction function, double[] start) {
    return minimize(function, start, iteration -> { });
  }

  /** As {@link #minimize(DifferentiableFunction, double[])}, telling {@code onIteration} each finished iteration. */
  public Result minimize(DifferentiableFunction function, double[] start, IntConsumer onIteration) {
    CountingFunction counted = new CountingFunction(function);
    double[] x = start.clone();
    double[] gradient = new double[x.length];
    double value = counted.valueAt(x, gradient);
    List<Double> values = new ArrayList<>(List.of(value));
    Deque<Double> window = new ArrayDeque<>(List.of(Double.POSITIVE_INFINITY));
    Curvature curvature = new Curvature(corrections);
    boolean failedOnce = false;
    Stop stop = stopBefore(0, value, gradient, values.get(0), window);
    while (stop == null) {
      double[] direction = curvature.direction(gradient);
      double initialStep = values.size() == 1 ? 1 / norm(direction) : 1;
      StrongWolfe.Point point = new StrongWolfe(counted, x, direction).search(value, gradient, initialStep);
      if (point == null) {
        if (failedOnce || curvature.isEmpty()) {
          stop = Stop.LINE_SEARCH;
          break;
        }
        failedOnce = true;
        curvature.clear();
        continue;
      }
      failedOnce = false;
      curvature.remember(point.x(), x, point.gradient(), gradient);
      x = point.x();
      gradient = point.gradient();
      value = point.value();
      values.add(value);
      onIteration.accept(values.size() - 1);
      window.addLast(values.get(values.size() - 2));
      if (window.size() > VALUE_WINDOW) {
        window.removeFirst();
      }
      stop = stopBefore(values.size() - 1, value, gradient, values.get(0), window);
    }
    return new Result(x, values.stream().mapToDouble(Double::doubleValue).toArray(), counted.calls, stop);
  }

  private Stop stopBefore(int iteration, double value, double[] gradient, double initial, Deque<Double> window) {
    if (iteration >= maxIterations) {
      return Stop.MAX_ITERATIONS;
    }
    if (norm(gradient) <= Math.max(tolerance * Math.abs(value), MIN_GRADIENT_NORM)) {
      return Stop.GRADIENT;
    }
    double highest = window.stream().mapToDouble(Double::doubleValue).max().orElse(Double.POSITIVE_INFINITY);
    if (window.size() >= 2 && Math.abs(value - highest) <= tolerance * Math.abs(initial)) {
      return Stop.VALUES;
    }
    return null;
  }

  static double norm(double[] v) {
    return Math.sqrt(dot(v, v));
  }

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Counts evaluations: each is a pass over the data, the cost that matters. */
  private static final class CountingFunction implements DifferentiableFunction {
    private final DifferentiableFunction inner;
    private int calls;

    CountingFunction(DifferentiableFunction inner) {
      this.inner = inner;
    }

    @Override
    public double valueAt(double[] x, double[] gradient) {
      calls++;
      return inner.valueAt(x, gradient);
    }
  }

  /** The last {@code m} steps and gradient changes, and the two-loop recursion that turns them into a direction. */
  static final class Curvature {
    private final int capacity;
    private final Deque<double[][]> pairs = new ArrayDeque<>();

    Curvature(int capacity) {
      this.capacity = capacity;
    }

    boolean isEmpty() {
      return pairs.isEmpty();
    }

    void clear() {
      pairs.clear();
    }

    /** Keeps (s, y) only with positive curvature s·y, which the strong-Wolfe conditions normally guarantee. */
    void remember(double[] newX, double[] oldX, double[] newGradient, double[] oldGradient) {
      double[] s = new double[newX.length];
      double[] y = new double[newX.length];
      for (int i = 0; i < s.length; i++) {
        s[i] = newX[i] - oldX[i];
        y[i] = newGradient[i] - oldGradient[i];
      }
      double sy = dot(s, y);
      if (sy > 1e-10 * norm(s) * norm(y) && sy > 0) {
        pairs.addLast(new double[][] {s, y, {1 / sy}});
        if (pairs.size() > capacity) {
          pairs.removeFirst();
        }
      }
    }

    /** −H·g, with H the limited-memory inverse Hessian scaled by s·y / y·y of the newest pair. */
    double[] direction(double[] gradient) {
      double[] q = gradient.clone();
      double[] alphas = new double[pairs.size()];
      int k = pairs.size();
      var newestFirst = pairs.descendingIterator();
      while (newestFirst.hasNext()) {
        double[][] pair = newestFirst.next();
        k--;
        alphas[k] = pair[2][0] * dot(pair[0], q);
        axpy(-alphas[k], pair[1], q);
      }
      if (!pairs.isEmpty()) {
        double[][] newest = pairs.peekLast();
        scale(q, 1 / (newest[2][0] * dot(newest[1], newest[1])));
      }
      k = 0;
      for (double[][] pair : pairs) {
        double beta = pair[2][0] * dot(pair[1], q);
        axpy(alphas[k] - beta, pair[0], q);
        k++;
      }
      scale(q, -1);
      return q;
    }

    private static void axpy(double a, double[] x, double[] y) {
      for (int i = 0; i < y.length; i++) {
        y[i] += a * x[i];
      }
    }

    private static void scale(double[] v, double factor) {
      for (int i = 0; i < v.length; i++) {
        v[i] *= factor;
      }
    }
  }

}
