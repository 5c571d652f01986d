package io.rewardlake.spark.train;

import io.rewardlake.core.model.Featurizer;
import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.model.PromptContext;
import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.repr.SidedPair;
import io.rewardlake.core.train.PairHash;
import io.rewardlake.core.train.TrainingExample;
import io.rewardlake.core.train.TrainingSubsets;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Executor side of representation training: like {@link FeaturizePairs}, but keeps f(chosen) and f(rejected)
 * apart, because a hidden layer is not linear in the difference. The prompt's context is computed once per pair.
 */
public final class FeaturizeSides implements FlatMapFunction<Iterator<Row>, SidedPair> {
  private final FeaturizerSpec spec;
  private final TrainingSubsets subsets;
  private final Set<String> trainSplits;
  private transient Featurizer featurizer;

  public FeaturizeSides(FeaturizerSpec spec, TrainingSubsets subsets, Set<String> trainSplits) {
    this.spec = spec;
    this.subsets = subsets;
    this.trainSplits = Set.copyOf(trainSplits);
  }

  @Override
  public Iterator<SidedPair> call(Iterator<Row> rows) {
    featurizer = featurizer == null ? new Featurizer(spec) : featurizer;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public SidedPair next() {
        return sided(rows.next());
      }
    };
  }

  private SidedPair sided(Row row) {
    String pairId = row.getAs(TrainingRows.PAIR_ID);
    boolean evaluationOnly = !trainSplits.contains(row.<String>getAs(TrainingRows.SPLIT));
    PromptContext context = featurizer.context(row.getAs(TrainingRows.PROMPT));
    SparseFeatures chosen = featurizer.features(context, row.<String>getAs(TrainingRows.CHOSEN));
    SparseFeatures rejected = featurizer.features(context, row.<String>getAs(TrainingRows.REJECTED));
    byte[] multiplicities = evaluationOnly ? new byte[subsets.members()] : subsets.multiplicities(pairId);
    Object truth = row.getAs(TrainingRows.TRUTH);
    TrainingExample pair = new TrainingExample(pairId, row.getAs(TrainingRows.SOURCE), SparseFeatures.empty(),
        row.getAs(TrainingRows.TARGET), row.getAs(TrainingRows.MARGIN), row.getAs(TrainingRows.WEIGHT),
        multiplicities, evaluationOnly, truth == null ? Double.NaN : (Double) truth);
    return new SidedPair(PairHash.of(pairId), chosen, rejected, pair);
  }
}
