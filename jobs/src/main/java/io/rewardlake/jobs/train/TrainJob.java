package io.rewardlake.jobs.train;

import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.train.Evaluation;
import io.rewardlake.core.train.PairBlock;
import io.rewardlake.core.train.PairMetrics;
import io.rewardlake.core.train.TrainingExample;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.ModelsTable;
import io.rewardlake.spark.train.EnsembleTrainer;
import io.rewardlake.spark.train.FeaturizePairs;
import io.rewardlake.spark.train.TrainedWeights;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code train}: {@code pairs} or {@code pairs_clean} → an ensemble in the model store + its rows in {@code models}.
 *
 * <p>Pairs are featurized once and cached as packed blocks; L-BFGS then trains all members together, one pass over
 * the cache per evaluation, and the same cache serves the held-out evaluation. The ensemble directory is new for every run and its manifest is written last; the
 * {@code models} rows of the ensemble id are replaced in one Delta commit after that, so a crash at any point leaves
 * {@code models} pointing at the previous complete ensemble.
 */
public final class TrainJob {
  private static final String STAGE = "train";

  private TrainJob() {}

  public static TrainSummary run(SparkSession spark, TrainConfig config, RunContext run) {
    Lakehouse lake = new Lakehouse(spark, config.lake());
    return run(spark, config, run, TrainingInput.read(lake, config));
  }

  /** Trains on an input built by the caller (the evaluation's oracle corpus); {@code config.input()} names it. */
  public static TrainSummary run(SparkSession spark, TrainConfig config, RunContext run, TrainingInput input) {
    if (config.encoderFamily()) {
      return EncoderTraining.run(spark, config, run, input);
    }
    if (config.representation().hiddenLayer()) {
      return RepresentationTraining.run(spark, config, run, input);
    }
    long start = System.nanoTime();
    Lakehouse lake = new Lakehouse(spark, config.lake());
    Progress.say(STAGE, "featurizing " + config.input() + " for ensemble '" + config.ensembleId() + "' ("
        + config.subsets().members() + " members, " + config.subsets().describe(0).replaceFirst("\\(.*", "") + ")");
    spark.sparkContext().setJobGroup(STAGE, "train: featurize pairs", false);
    JavaRDD<PairBlock> examples = EnsembleTrainer.pack(featurize(spark, input, config))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long featurized = examples.map(block -> (long) block.size()).fold(0L, Long::sum);
      double featurizeSeconds = seconds(start);
      long skipped = input.table().count() - featurized;
      Progress.say(STAGE, String.format(Locale.ROOT, "%,d pairs featurized in %.1f s (%,d skipped); %s", featurized,
          featurizeSeconds, skipped, CacheSize.of(spark, examples.id()).describe(featurized)));
      long optimiseStart = System.nanoTime();
      TrainedWeights weights = optimise(spark, examples, config, WarmStart.of(spark, lake, config));
      double optimiseSeconds = seconds(optimiseStart);
      spark.sparkContext().setJobGroup(STAGE, "train: evaluate held-out pairs", false);
      Evaluation evaluation = EnsembleTrainer.evaluate(examples, weights);
      Map<String, String> data = dataProvenance(lake, config, input);
      List<String> ids = EnsembleWriter.write(config, run.runId(), weights, evaluation, data,
          spark.sparkContext().hadoopConfiguration());
      Progress.say(STAGE, "wrote ensemble to " + config.ensembleDirectory(run.runId()));
      long rows = writeModels(spark, lake, config, run, ids, evaluation, input);
      return summary(config, run, weights, evaluation, featurized, skipped, rows,
          new double[] {featurizeSeconds, optimiseSeconds, seconds(start)});
    } finally {
      examples.unpersist(false);
      spark.sparkContext().clearJobGroup();
    }
  }

  private static JavaRDD<TrainingExample> featurize(SparkSession spark, TrainingInput input, TrainConfig config) {
    int partitions = input.cachePartitions(config.partitions());
    return input.rows().repartition(partitions).javaRDD()
        .mapPartitions(new FeaturizePairs(config.featurizer(), config.subsets(), new HashSet<>(config.splits())));
  }

  private static TrainedWeights optimise(SparkSession spark, JavaRDD<PairBlock> examples, TrainConfig config,
      WarmStart start) {
    int dimension = config.featurizer().dimension();
    int members = config.subsets().members();
    Progress.say(STAGE, String.format(Locale.ROOT, "L-BFGS over %d x %,d weights (at most %d iterations), %s",
        members, dimension, config.optimizer().maxIterations(), start.description()));
    spark.sparkContext().setJobGroup(OptimiserProgress.JOB_GROUP, "train: L-BFGS iterations", false);
    OptimiserProgress progress = new OptimiserProgress(config.optimizer().maxIterations());
    spark.sparkContext().addSparkListener(progress);
    try {
      return EnsembleTrainer.train(examples, dimension, members, config.optimizer(), null, start.packed());
    } finally {
      spark.sparkContext().removeSparkListener(progress);
    }
  }

  static Map<String, String> dataProvenance(Lakehouse lake, TrainConfig config, TrainingInput input) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("table", config.input());
    data.put("lake", lake.root());
    input.tableVersions().forEach((table, version) -> data.put(table + "_version", Long.toString(version)));
    return data;
  }

  private static long writeModels(SparkSession spark, Lakehouse lake, TrainConfig config, RunContext run,
      List<String> ids, Evaluation evaluation, TrainingInput input) {
    return writeModels(spark, lake, config, run, ids, evaluation, input, ModelMetadata.BUILTIN_LINEAR);
  }

  static long writeModels(SparkSession spark, Lakehouse lake, TrainConfig config, RunContext run,
      List<String> ids, Evaluation evaluation, TrainingInput input, String family) {
    List<Row> rows = new ArrayList<>();
    String directory = config.ensembleDirectory(run.runId());
    for (int m = 0; m < ids.size(); m++) {
      Map<String, Double> metrics = new LinkedHashMap<>(evaluation.memberMetrics(m));
      evaluation.ensembleMetrics().forEach((key, value) -> metrics.put("ensemble." + key, value));
      rows.add(RowFactory.create(ids.get(m), config.ensembleId(), family, m,
          config.subsets().describe(m), metrics, directory + "/" + ModelStore.memberDirectory(m), run.runId()));
    }
    spark.sparkContext().setJobGroup(STAGE, "train: write models", false);
    Dataset<Row> frame = spark.createDataFrame(rows, ModelsTable.SCHEMA);
    Lineage lineage = new Lineage(run, List.of(), input.tableVersions());
    return lake.replaceWhere(ModelsTable.CONTRACT, frame,
        ModelsTable.ENSEMBLE_ID + " = '" + config.ensembleId() + "'", lineage);
  }

  private static TrainSummary summary(TrainConfig config, RunContext run, TrainedWeights weights,
      Evaluation evaluation, long featurized, long skipped, long rows, double[] seconds) {
    PairMetrics test = evaluation.slice("ensemble", "test");
    long testPairs = test == null ? 0 : test.pairs();
    double[] memberOof = new double[weights.members()];
    for (int m = 0; m < memberOof.length; m++) {
      memberOof[m] = evaluation.memberMetrics(m).getOrDefault("oof.accuracy", Double.NaN);
    }
    return new TrainSummary(config.ensembleId(), config.ensembleDirectory(run.runId()),
        config.subsets().scheme().id(), weights.members(), weights.trainingPairs(), testPairs, skipped,
        weights.iterations(), weights.lossHistory(), evaluation.ensembleMetrics(), memberOof, rows, seconds[0],
        seconds[1], seconds[2]);
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
