package io.rewardlake.spark.train;

import io.rewardlake.core.model.Featurizer;
import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.train.TrainingExample;
import io.rewardlake.core.train.TrainingSubsets;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Executor side of training: featurizes each {@link TrainingRows} row once into a {@link TrainingExample} (the
 * feature difference plus every member's multiplicity), which the optimiser then reads on every iteration.
 * Pairs of splits outside {@code trainSplits} get multiplicity 0 for every member and serve as test data.
 */
public final class FeaturizePairs implements FlatMapFunction<Iterator<Row>, TrainingExample> {
  private final FeaturizerSpec spec;
  private final TrainingSubsets subsets;
  private final Set<String> trainSplits;
  private transient Featurizer featurizer;

  public FeaturizePairs(FeaturizerSpec spec, TrainingSubsets subsets, Set<String> trainSplits) {
    this.spec = spec;
    this.subsets = subsets;
    this.trainSplits = Set.copyOf(trainSplits);
  }

  @Override
  public Iterator<TrainingExample> call(Iterator<Row> rows) {
    featurizer = featurizer == null ? new Featurizer(spec) : featurizer;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public TrainingExample next() {
        return example(rows.next());
      }
    };
  }

  private TrainingExample example(Row row) {
    String pairId = row.getAs(TrainingRows.PAIR_ID);
    boolean evaluationOnly = !trainSplits.contains(row.<String>getAs(TrainingRows.SPLIT));
    SparseFeatures difference = featurizer.difference(row.getAs(TrainingRows.PROMPT), row.getAs(TrainingRows.CHOSEN),
        row.getAs(TrainingRows.REJECTED));
    byte[] multiplicities = evaluationOnly ? new byte[subsets.members()] : subsets.multiplicities(pairId);
    Object truth = row.getAs(TrainingRows.TRUTH);
    return new TrainingExample(pairId, row.getAs(TrainingRows.SOURCE), difference, row.getAs(TrainingRows.TARGET),
        row.getAs(TrainingRows.MARGIN), row.getAs(TrainingRows.WEIGHT), multiplicities, evaluationOnly,
        truth == null ? Double.NaN : (Double) truth);
  }
}
