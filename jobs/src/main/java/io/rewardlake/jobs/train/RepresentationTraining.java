package io.rewardlake.jobs.train;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.first;

import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.repr.RepresentationSettings;
import io.rewardlake.core.repr.SidedPair;
import io.rewardlake.core.train.PairMetrics;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.reward.RewardInput;
import io.rewardlake.spark.train.FeaturizeSamples;
import io.rewardlake.spark.train.FeaturizeSides;
import io.rewardlake.spark.train.RepresentationTrainer;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code train} with a hidden layer ({@code --objective contrastive|metarm|contrastive+metarm}, or bt with
 * {@code train.hidden_units > 0}): featurizes both sides of each pair once, reads and groups MetaRM's shifted samples
 * by prompt, trains every member in one data-parallel loop ({@link RepresentationTrainer}) and writes the
 * {@code builtin-mlp} ensemble and its {@code models} rows exactly like the linear path does.
 */
public final class RepresentationTraining {
  private static final String STAGE = "train";
  private static final int REPORT_EVERY = 10;

  private RepresentationTraining() {}

  static TrainSummary run(SparkSession spark, TrainConfig config, RunContext run, TrainingInput input) {
    long start = System.nanoTime();
    RepresentationSettings settings = config.representation().settings();
    Progress.say(STAGE, "featurizing " + config.input() + " for ensemble '" + config.ensembleId() + "' (objective "
        + settings.objective().id() + ", " + settings.hidden() + " hidden units, " + config.subsets().members()
        + " members)");
    spark.sparkContext().setJobGroup(STAGE, "train: featurize pairs", false);
    JavaRDD<SidedPair> pairs = featurize(spark, input, config).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<List<SparseFeatures>> shifted = settings.objective().meta() ? shiftedGroups(spark, config) : null;
    try {
      long featurized = pairs.count();
      long skipped = input.table().count() - featurized;
      double featurizeSeconds = TrainJob.seconds(start);
      long optimiseStart = System.nanoTime();
      spark.sparkContext().setJobGroup(STAGE, "train: representation steps", false);
      RepresentationTrainer.Result result = RepresentationTrainer.train(pairs, shifted,
          config.featurizer().dimension(), config.subsets().members(), settings, step -> report(step, settings,
              optimiseStart));
      double optimiseSeconds = TrainJob.seconds(optimiseStart);
      Lakehouse lake = new Lakehouse(spark, config.lake());
      Map<String, String> data = TrainJob.dataProvenance(lake, config, input);
      List<String> ids = EnsembleWriter.writeMlp(config, run.runId(), result.weights(), result.evaluation(), data,
          spark.sparkContext().hadoopConfiguration());
      Progress.say(STAGE, "wrote ensemble to " + config.ensembleDirectory(run.runId()));
      long rows = TrainJob.writeModels(spark, lake, config, run, ids, result.evaluation(), input,
          ModelMetadata.BUILTIN_MLP);
      return summary(config, run, result, featurized, skipped, rows,
          new double[] {featurizeSeconds, optimiseSeconds, TrainJob.seconds(start)});
    } finally {
      pairs.unpersist(false);
      if (shifted != null) {
        shifted.unpersist(false);
      }
      spark.sparkContext().clearJobGroup();
    }
  }

  public static JavaRDD<SidedPair> featurize(SparkSession spark, TrainingInput input, TrainConfig config) {
    int partitions = input.cachePartitions(config.partitions());
    return input.rows().repartition(partitions).javaRDD()
        .mapPartitions(new FeaturizeSides(config.featurizer(), config.subsets(), new HashSet<>(config.splits())));
  }

  /** The shifted samples as one group of responses per prompt_id (the prompt's hash when the file has none). */
  public static JavaRDD<List<SparseFeatures>> shiftedGroups(SparkSession spark, TrainConfig config) {
    String path = config.representation().metarmSamples();
    requireExists(spark, path);
    return RewardInput.read(spark, path).groupBy(col("prompt_id"))
        .agg(first(col("prompt")).as(FeaturizeSamples.PROMPT), collect_list(col("response"))
            .as(FeaturizeSamples.RESPONSES))
        .orderBy(col("prompt_id")).javaRDD()
        .mapPartitions(new FeaturizeSamples(config.featurizer())).persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static void requireExists(SparkSession spark, String path) {
    try {
      Path file = new Path(path);
      if (!file.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(file)) {
        throw Errors.missingSamples(path);
      }
    } catch (IOException e) {
      throw Errors.missingSamples(path + " (" + e.getMessage() + ")");
    }
  }

  private static void report(int step, RepresentationSettings settings, long since) {
    if (step % REPORT_EVERY == 0 || step == settings.steps()) {
      Progress.say(STAGE, String.format(Locale.ROOT, "step %d of %d, %.1f s", step, settings.steps(),
          TrainJob.seconds(since)));
    }
  }

  private static TrainSummary summary(TrainConfig config, RunContext run, RepresentationTrainer.Result result,
      long featurized, long skipped, long rows, double[] seconds) {
    PairMetrics test = result.evaluation().slice("ensemble", "test");
    int members = result.weights().members();
    double[] memberOof = new double[members];
    for (int m = 0; m < members; m++) {
      memberOof[m] = result.evaluation().memberMetrics(m).getOrDefault("oof.accuracy", Double.NaN);
    }
    double[] losses = result.weights().lossHistory();
    return new TrainSummary(config.ensembleId(), config.ensembleDirectory(run.runId()),
        config.subsets().scheme().id(), members, result.weights().trainingPairs(), test == null ? 0 : test.pairs(),
        skipped, losses.length, losses, result.evaluation().ensembleMetrics(), memberOof, rows, seconds[0],
        seconds[1], seconds[2]);
  }
}
