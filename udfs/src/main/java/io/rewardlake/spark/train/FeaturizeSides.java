package io.rewardlake.spark.train;

import io.rewardlake.core.model.Featurizer;
import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.model.PromptContext;
import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.repr.SidedPair;
import io.rewardlake.core.train.PairHash;
import io.rewardlake.core.train.TrainingSubsets;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * Executor side of representation training: like {@link FeaturizePairs}, but keeps f(chosen) and f(rejected)
 * apart, because a hidden layer is not linear in the difference. The prompt's context is computed once per pair.
 */
public final class FeaturizeSides extends FeaturizeRows<SidedPair> {
  public FeaturizeSides(FeaturizerSpec spec, TrainingSubsets subsets, Set<String> trainSplits) {
    super(spec, subsets, trainSplits);
  }

  @Override
  SidedPair featurize(Row row, Featurizer featurizer) {
    PromptContext context = featurizer.context(row.getAs(TrainingRows.PROMPT));
    SparseFeatures chosen = featurizer.features(context, row.<String>getAs(TrainingRows.CHOSEN));
    SparseFeatures rejected = featurizer.features(context, row.<String>getAs(TrainingRows.REJECTED));
    String pairId = row.getAs(TrainingRows.PAIR_ID);
    return new SidedPair(PairHash.of(pairId), chosen, rejected, example(row, SparseFeatures.empty()));
  }
}
