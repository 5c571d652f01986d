package io.rewardlake.spark.train;

import io.rewardlake.core.train.EnsembleObjective;
import org.apache.spark.mllib.linalg.DenseVector;
import org.apache.spark.mllib.linalg.SparseVector;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.optimization.Gradient;

/**
 * MLlib {@link Gradient} of the whole ensemble's objective for one {@link ExampleVectors}-encoded pair: decodes the
 * vector in place and lets {@link EnsembleObjective} add all M members' gradients in one pass over the features.
 */
public final class EnsembleGradient extends Gradient {
  private final int dimension;
  private final EnsembleObjective objective;

  public EnsembleGradient(int dimension, EnsembleObjective objective) {
    this.dimension = dimension;
    this.objective = objective;
  }

  @Override
  public double compute(Vector data, double label, Vector weights, Vector cumGradient) {
    SparseVector vector = (SparseVector) data;
    double[] values = vector.values();
    int count = ExampleVectors.featureCount(vector, dimension);
    double[] scratch = new double[2 * objective.members()];
    return objective.accumulate(vector.indices(), values, count, label, values[count], values[count + 1], values,
        count + 2, ((DenseVector) weights).values(), ((DenseVector) cumGradient).values(), scratch);
  }
}
