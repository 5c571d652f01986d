package io.rewardlake.jobs.bench;

import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.repr.Objective;
import io.rewardlake.core.repr.RepresentationSettings;
import io.rewardlake.core.repr.SidedPair;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.train.RepresentationTraining;
import io.rewardlake.jobs.train.TrainConfig;
import io.rewardlake.jobs.train.TrainingInput;
import io.rewardlake.spark.train.RepresentationTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code bench-objectives}: the four training objectives on one featurization of the lake's pairs (and one of the
 * MetaRM samples), each with the same hidden-layer settings and seeds, scored on the held-out pairs against the
 * ground truth per source (e.g. {@code synth} in-distribution, {@code synth-shifted}). Writes nothing to the lake.
 */
public final class ObjectiveBench {
  private static final String STAGE = "bench-objectives";

  private ObjectiveBench() {}

  public static List<String> run(SparkSession spark, BenchObjectivesConfig config) {
    TrainConfig train = config.train();
    TrainingInput input = TrainingInput.read(new Lakehouse(spark, train.lake()), train);
    JavaRDD<SidedPair> pairs = RepresentationTraining.featurize(spark, input, train)
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<List<SparseFeatures>> shifted = RepresentationTraining.shiftedGroups(spark, train);
    try {
      List<Row> rows = new ArrayList<>();
      for (Objective objective : config.objectives()) {
        for (int s = 0; s < config.seeds(); s++) {
          rows.add(trainOne(pairs, objective.meta() ? shifted : null, config, objective, s));
        }
      }
      return table(config, pairs.count(), rows);
    } finally {
      pairs.unpersist(false);
      shifted.unpersist(false);
    }
  }

  private static Row trainOne(JavaRDD<SidedPair> pairs, JavaRDD<List<SparseFeatures>> shifted,
      BenchObjectivesConfig config, Objective objective, int seedIndex) {
    RepresentationSettings base = config.train().representation().settings();
    RepresentationSettings settings = base.with(objective, base.seed() + seedIndex);
    Progress.say(STAGE, objective.id() + ", seed " + settings.seed());
    long start = System.nanoTime();
    RepresentationTrainer.Result result = RepresentationTrainer.train(pairs, shifted,
        config.train().featurizer().dimension(), config.train().subsets().members(), settings, step -> { });
    return new Row(objective.id(), settings.seed(), result.evaluation().ensembleMetrics(),
        (System.nanoTime() - start) / 1e9);
  }

  private static List<String> table(BenchObjectivesConfig config, long pairs, List<Row> rows) {
    RepresentationSettings settings = config.train().representation().settings();
    TreeSet<String> sources = new TreeSet<>();
    rows.forEach(row -> row.metrics().keySet().stream()
        .filter(key -> key.startsWith("test_truth[") && key.endsWith("].accuracy"))
        .forEach(key -> sources.add(key.substring("test_truth[".length(), key.length() - "].accuracy".length()))));
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "bench-objectives: %,d pairs, %d members (%s), %d hidden units, %d Adam"
        + " steps at %g; contrastive weight %g, tau %g, dropout %g, batch %d; MetaRM inner step %g, mix %g",
        pairs, config.train().subsets().members(), config.train().subsets().scheme().id(), settings.hidden(),
        settings.steps(), settings.learningRate(), settings.contrastiveWeight(), settings.temperature(),
        settings.dropout(), settings.batchSize(), settings.innerStep(), settings.mix()));
    StringBuilder header = new StringBuilder("| objective | seed |");
    sources.forEach(source -> header.append(" test acc. vs truth, ").append(source).append(" |"));
    lines.add(header.append(" seconds |").toString());
    lines.add("|---|---|" + "---|".repeat(sources.size()) + "---|");
    for (Row row : rows) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %d |", row.objective(), row.seed()));
      sources.forEach(source -> line.append(String.format(Locale.ROOT, " %.4f |",
          row.metrics().getOrDefault("test_truth[" + source + "].accuracy", Double.NaN))));
      lines.add(line.append(String.format(Locale.ROOT, " %.0f |", row.seconds())).toString());
    }
    if (config.seeds() > 1) {
      lines.addAll(means(config, sources, rows));
    }
    return lines;
  }

  private static List<String> means(BenchObjectivesConfig config, TreeSet<String> sources, List<Row> rows) {
    List<String> lines = new ArrayList<>();
    for (Objective objective : config.objectives()) {
      StringBuilder line = new StringBuilder("| " + objective.id() + " | mean of " + config.seeds() + " |");
      for (String source : sources) {
        double mean = rows.stream().filter(row -> row.objective().equals(objective.id()))
            .mapToDouble(row -> row.metrics().getOrDefault("test_truth[" + source + "].accuracy", Double.NaN))
            .average().orElse(Double.NaN);
        line.append(String.format(Locale.ROOT, " %.4f |", mean));
      }
      lines.add(line.append(" |").toString());
    }
    return lines;
  }

  private record Row(String objective, long seed, Map<String, Double> metrics, double seconds) {}
}
