package io.rewardlake.spark.train;

import io.rewardlake.core.model.Featurizer;
import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.model.PromptContext;
import io.rewardlake.core.model.SparseFeatures;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Featurizes MetaRM's shifted samples, one group per prompt: rows of {@code (prompt, responses)} (the responses
 * of one prompt collected into an array) become the list of their feature vectors.
 */
public final class FeaturizeSamples implements FlatMapFunction<Iterator<Row>, List<SparseFeatures>> {
  public static final String PROMPT = "prompt";
  public static final String RESPONSES = "responses";

  private final FeaturizerSpec spec;
  private transient Featurizer featurizer;

  public FeaturizeSamples(FeaturizerSpec spec) {
    this.spec = spec;
  }

  @Override
  public Iterator<List<SparseFeatures>> call(Iterator<Row> rows) {
    featurizer = featurizer == null ? new Featurizer(spec) : featurizer;
    List<List<SparseFeatures>> out = new ArrayList<>();
    rows.forEachRemaining(row -> {
      PromptContext context = featurizer.context(row.getAs(PROMPT));
      List<SparseFeatures> group = new ArrayList<>();
      for (String response : row.<String>getList(row.fieldIndex(RESPONSES))) {
        group.add(featurizer.features(context, response));
      }
      out.add(group);
    });
    return out.iterator();
  }
}
