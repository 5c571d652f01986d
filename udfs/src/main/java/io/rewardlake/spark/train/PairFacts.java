package io.rewardlake.spark.train;

import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.train.TrainingExample;
import io.rewardlake.core.train.TrainingSubsets;
import java.io.Serializable;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * A {@link TrainingRows} row's training facts whatever its features are: target, margin, weight, every member's
 * multiplicity and truth. Pairs of splits outside {@code trainSplits} get multiplicity 0 for every member and serve as
 * test data.
 */
public final class PairFacts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TrainingSubsets subsets;
  private final Set<String> trainSplits;

  public PairFacts(TrainingSubsets subsets, Set<String> trainSplits) {
    this.subsets = subsets;
    this.trainSplits = Set.copyOf(trainSplits);
  }

  /** The row's training example with {@code features} as its feature vector. */
  public TrainingExample example(Row row, SparseFeatures features) {
    String pairId = row.getAs(TrainingRows.PAIR_ID);
    boolean evaluationOnly = !trainSplits.contains(row.<String>getAs(TrainingRows.SPLIT));
    byte[] multiplicities = evaluationOnly ? new byte[subsets.members()] : subsets.multiplicities(pairId);
    Object truth = row.getAs(TrainingRows.TRUTH);
    return new TrainingExample(pairId, row.getAs(TrainingRows.SOURCE), features, row.getAs(TrainingRows.TARGET),
        row.getAs(TrainingRows.MARGIN), row.getAs(TrainingRows.WEIGHT), multiplicities, evaluationOnly,
        truth == null ? Double.NaN : (Double) truth);
  }
}
