package io.rewardlake.spark.train;

import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.train.TrainingExample;
import java.util.Arrays;
import org.apache.spark.mllib.linalg.SparseVector;
import org.apache.spark.mllib.linalg.Vector;
import scala.Tuple2;

/**
 * MLlib's L-BFGS reads examples as (label, vector) only, so a pair's other loss inputs travel in the vector after
 * its features: label = target p (label-smoothed); entries {@code [0, U)} = the feature difference over the U used
 * slots (compact index k = featurizer slot {@code slots[k]}, see {@link UsedSlots}); entry U = margin, U + 1 = weight,
 * U + 2 + m = member m's multiplicity. Only {@link EnsembleGradient} reads vectors in this form.
 */
public final class ExampleVectors {
  private ExampleVectors() {}

  public static Tuple2<Object, Vector> encode(TrainingExample example, int[] slots, double labelSmoothing) {
    int dimension = slots.length;
    SparseFeatures features = example.difference();
    int count = features.size();
    int members = example.members();
    int[] indices = new int[count + 2 + members];
    double[] values = new double[indices.length];
    for (int k = 0; k < count; k++) {
      indices[k] = compactIndex(slots, features.indices()[k]);
      values[k] = features.values()[k];
    }
    indices[count] = dimension;
    values[count] = example.margin();
    indices[count + 1] = dimension + 1;
    values[count + 1] = example.weight();
    for (int m = 0; m < members; m++) {
      indices[count + 2 + m] = dimension + 2 + m;
      values[count + 2 + m] = example.multiplicity(m);
    }
    double target = example.target() * (1 - labelSmoothing) + (1 - example.target()) * labelSmoothing;
    return new Tuple2<>(target, new SparseVector(dimension + 2 + members, indices, values));
  }

  private static int compactIndex(int[] slots, int slot) {
    int index = Arrays.binarySearch(slots, slot);
    if (index < 0) {
      throw new IllegalStateException("slot " + slot + " is not among the " + slots.length + " used slots");
    }
    return index;
  }

  /** Number of feature entries in an encoded vector: the position of the margin entry. */
  static int featureCount(SparseVector vector, int dimension) {
    int[] indices = vector.indices();
    int low = 0;
    int high = indices.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (indices[mid] < dimension) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
