package io.rewardlake.spark.train;

import io.rewardlake.core.model.Featurizer;
import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.train.TrainingExample;
import io.rewardlake.core.train.TrainingSubsets;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * Executor side of training: featurizes each {@link TrainingRows} row once into a {@link TrainingExample} (the
 * feature difference plus every member's multiplicity), which the optimiser then reads on every iteration.
 */
public final class FeaturizePairs extends FeaturizeRows<TrainingExample> {
  public FeaturizePairs(FeaturizerSpec spec, TrainingSubsets subsets, Set<String> trainSplits) {
    super(spec, subsets, trainSplits);
  }

  @Override
  TrainingExample featurize(Row row, Featurizer featurizer) {
    return example(row, featurizer.difference(row.getAs(TrainingRows.PROMPT), row.getAs(TrainingRows.CHOSEN),
        row.getAs(TrainingRows.REJECTED)));
  }
}
