/**
 * Numerical optimisation with no Spark and no Scala: {@link io.rewardlake.core.optim.Lbfgs} minimises a
 * {@link io.rewardlake.core.optim.DifferentiableFunction} whose every evaluation may be a distributed pass, so it
 * counts evaluations and keeps only O(corrections × dimension) state on the caller's side.
 *
 * <pre>{@code
 * Lbfgs.Result result = new Lbfgs(100, 10, 1e-6).minimize((x, gradient) -> {
 *   gradient[0] = 2 * (x[0] - 3);
 *   return (x[0] - 3) * (x[0] - 3);
 * }, new double[] {0});
 * }</pre>
 */
package io.rewardlake.core.optim;
