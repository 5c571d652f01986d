package io.rewardlake.spark.train;

import io.rewardlake.core.model.Featurizer;
import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.train.TrainingExample;
import io.rewardlake.core.train.TrainingSubsets;
import io.rewardlake.spark.LazyMap;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * What the trainers' featurizing functions share: one featurizer per task, lazily created, and the pair's training
 * facts ({@link PairFacts}).
 *
 * @param <T> what a row becomes
 */
abstract class FeaturizeRows<T> implements FlatMapFunction<Iterator<Row>, T> {
  private final FeaturizerSpec spec;
  private final PairFacts facts;
  private transient Featurizer featurizer;

  FeaturizeRows(FeaturizerSpec spec, TrainingSubsets subsets, Set<String> trainSplits) {
    this.spec = spec;
    this.facts = new PairFacts(subsets, trainSplits);
  }

  /** One {@link TrainingRows} row, featurized. */
  abstract T featurize(Row row, Featurizer featurizer);

  @Override
  public Iterator<T> call(Iterator<Row> rows) {
    Featurizer current = featurizer == null ? new Featurizer(spec) : featurizer;
    featurizer = current;
    return LazyMap.map(rows, row -> featurize(row, current));
  }

  /** The row's training example with {@code features} as its feature vector. */
  TrainingExample example(Row row, SparseFeatures features) {
    return facts.example(row, features);
  }
}
