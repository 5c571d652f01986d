package io.rewardlake.jobs.train;

import io.rewardlake.core.encoder.EncoderHead;
import io.rewardlake.core.encoder.PairFeatures;
import io.rewardlake.core.model.EncoderModels;
import io.rewardlake.core.model.MlpShape;
import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.repr.RepresentationSettings;
import io.rewardlake.core.repr.SidedPair;
import io.rewardlake.core.train.Evaluation;
import io.rewardlake.core.train.PairMetrics;
import io.rewardlake.core.train.PairBlock;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.encoder.EmbeddingStage;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.spark.encoder.BackboneHandle;
import io.rewardlake.spark.encoder.EmbeddedPairs;
import io.rewardlake.spark.train.EnsembleTrainer;
import io.rewardlake.spark.train.MlpWeights;
import io.rewardlake.spark.train.PairFacts;
import io.rewardlake.spark.train.RepresentationTrainer;
import io.rewardlake.spark.train.TrainedWeights;
import io.rewardlake.spark.train.TrainingRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code train --family encoder}: heads over frozen sentence-encoder embeddings. Every text the pairs need is embedded
 * once per backbone into the {@code embeddings} table (only the missing ones) and the pairs are joined with their
 * embeddings. Linear heads (the default) are trained all at once in one L-BFGS run over the concatenated head inputs
 * of every backbone, member m restricted to its backbone's block; hidden-layer heads ({@code train.hidden_units > 0},
 * one backbone) by the representation trainer. Subsets, out-of-fold evaluation, the ensemble directory and the
 * {@code models} rows are those of the built-in family.
 */
final class EncoderTraining {
  private static final String STAGE = "train";
  static final List<EmbeddingStage.Role> ROLES = List.of(new EmbeddingStage.Role("prompt", TrainingRows.PROMPT, true),
      new EmbeddingStage.Role("chosen", TrainingRows.CHOSEN, false),
      new EmbeddingStage.Role("rejected", TrainingRows.REJECTED, false));

  private EncoderTraining() {}

  /** What an optimiser produced: each member's head and the numbers the summary and manifest report. */
  private record Fitted(List<EncoderHead> heads, Evaluation evaluation, double[] lossHistory, int iterations,
      double finalLoss, long trainingPairs, String optimizer) {}

  static TrainSummary run(SparkSession spark, TrainConfig config, RunContext run, TrainingInput input) {
    long start = System.nanoTime();
    Lakehouse lake = new Lakehouse(spark, config.lake());
    TrainConfig.EncoderConfig encoder = config.encoder();
    RepresentationConfig representation = config.representation();
    if (representation.hiddenLayer() && (encoder.backbones().size() > 1 || representation.objective().meta())) {
      throw Errors.encoderHiddenHeads(encoder.backbones().size(), representation.objective().id());
    }
    EmbeddingStage embeddings = new EmbeddingStage(spark, lake, run, encoder.embedBatchSize());
    List<BackboneHandle> backbones = encoder.backbones().stream().map(embeddings::backbone).toList();
    String heads = representation.hiddenLayer() ? representation.settings().hidden() + "-unit hidden-layer" : "linear";
    Progress.say(STAGE, "encoder ensemble '" + config.ensembleId() + "': " + config.subsets().members() + " " + heads
        + " heads over " + backbones.stream().map(b -> b.spec().modelId()).toList());
    int[] dimensions = new int[backbones.size()];
    Dataset<Row> rows = input.rows();
    for (int b = 0; b < backbones.size(); b++) {
      rows = embeddings.attach(rows, backbones.get(b), b, ROLES, STAGE);
      dimensions[b] = embeddings.dimension(backbones.get(b).spec().modelId());
    }
    double embedSeconds = TrainJob.seconds(start);
    int partitions = input.cachePartitions(config.partitions());
    EmbeddedPairs pairs = new EmbeddedPairs(dimensions,
        new PairFacts(config.subsets(), new HashSet<>(config.splits())));
    spark.sparkContext().setJobGroup(STAGE, "train: join pairs with their embeddings", false);
    JavaRDD<?> cached = (representation.hiddenLayer()
        ? rows.repartition(partitions).javaRDD().mapPartitions(pairs.sides())
        : EnsembleTrainer.pack(rows.repartition(partitions).javaRDD().mapPartitions(pairs.differences())))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long featurized = representation.hiddenLayer() ? cached.count()
          : ((JavaRDD<PairBlock>) cached).map(block -> (long) block.size()).fold(0L, Long::sum);
      long skipped = input.table().count() - featurized;
      double featurizeSeconds = TrainJob.seconds(start);
      Progress.say(STAGE, String.format(Locale.ROOT, "%,d pairs with %d head inputs in %.1f s (embedding %.1f s)",
          featurized, EmbeddedPairs.offsets(dimensions)[dimensions.length], featurizeSeconds, embedSeconds));
      long optimiseStart = System.nanoTime();
      @SuppressWarnings("unchecked")
      Fitted fitted = representation.hiddenLayer()
          ? hidden(spark, (JavaRDD<SidedPair>) cached, dimensions[0], config)
          : linear(spark, (JavaRDD<PairBlock>) cached, dimensions, config);
      double optimiseSeconds = TrainJob.seconds(optimiseStart);
      Map<String, String> data = TrainJob.dataProvenance(lake, config, input);
      List<Map<String, String>> featurizers = new ArrayList<>();
      for (int m = 0; m < fitted.heads().size(); m++) {
        int b = encoder.backboneOf(m);
        featurizers.add(EncoderModels.featurizer(backbones.get(b).location(), backbones.get(b).spec().modelId(),
            dimensions[b]));
      }
      List<String> ids = EnsembleWriter.writeEncoder(config, run.runId(), fitted.heads(), featurizers,
          fitted.evaluation(), data, training(config, fitted, data), spark.sparkContext().hadoopConfiguration());
      Progress.say(STAGE, "wrote ensemble to " + config.ensembleDirectory(run.runId()));
      long modelRows = TrainJob.writeModels(spark, lake, config, run, ids, fitted.evaluation(), input,
          ModelMetadata.ENCODER);
      return summary(config, run, fitted, skipped, modelRows,
          new double[] {featurizeSeconds, optimiseSeconds, TrainJob.seconds(start)});
    } finally {
      cached.unpersist(false);
      spark.sparkContext().clearJobGroup();
    }
  }

  /** All linear heads in one L-BFGS run; member m's weights move only over its backbone's block. */
  private static Fitted linear(SparkSession spark, JavaRDD<PairBlock> examples, int[] dimensions,
      TrainConfig config) {
    int[] offsets = EmbeddedPairs.offsets(dimensions);
    int members = config.subsets().members();
    spark.sparkContext().setJobGroup(OptimiserProgress.JOB_GROUP, "train: L-BFGS iterations", false);
    OptimiserProgress progress = new OptimiserProgress(config.optimizer().maxIterations());
    spark.sparkContext().addSparkListener(progress);
    TrainedWeights weights;
    try {
      weights = EnsembleTrainer.train(examples, offsets[dimensions.length], members, config.optimizer(),
          trainable(offsets, members, config.encoder()));
    } finally {
      spark.sparkContext().removeSparkListener(progress);
    }
    spark.sparkContext().setJobGroup(STAGE, "train: evaluate held-out pairs", false);
    Evaluation evaluation = EnsembleTrainer.evaluate(examples, weights);
    List<EncoderHead> heads = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      int b = config.encoder().backboneOf(m);
      double[] block = Arrays.copyOfRange(weights.member(m), offsets[b], offsets[b + 1]);
      heads.add(new EncoderHead(new MlpShape(PairFeatures.size(dimensions[b]), 0), block));
    }
    return new Fitted(heads, evaluation, weights.lossHistory(), weights.iterations(), weights.finalLoss(),
        weights.trainingPairs(), "mllib-lbfgs");
  }

  /** Hidden-layer heads over one backbone, by the representation trainer (Adam, its objectives). */
  private static Fitted hidden(SparkSession spark, JavaRDD<SidedPair> pairs, int dimension, TrainConfig config) {
    RepresentationSettings settings = config.representation().settings();
    int inputs = PairFeatures.size(dimension);
    spark.sparkContext().setJobGroup(STAGE, "train: hidden-layer head steps", false);
    RepresentationTrainer.Result result = RepresentationTrainer.train(pairs, null, inputs,
        config.subsets().members(), settings, step -> { });
    MlpWeights weights = result.weights();
    List<EncoderHead> heads = new ArrayList<>();
    for (int m = 0; m < weights.members(); m++) {
      heads.add(new EncoderHead(new MlpShape(inputs, settings.hidden()), weights.member(m)));
    }
    return new Fitted(heads, result.evaluation(), weights.lossHistory(), weights.iterations(), weights.finalLoss(),
        weights.trainingPairs(), "adam");
  }

  private static Map<String, String> training(TrainConfig config, Fitted fitted, Map<String, String> data) {
    Map<String, String> training = EnsembleWriter.training(config, ModelMetadata.ENCODER, fitted.optimizer(),
        fitted.iterations(), fitted.finalLoss(), fitted.trainingPairs(), data);
    training.keySet().removeIf(key -> key.startsWith("featurizer."));
    training.put("backbones", String.join(",", config.encoder().backbones()));
    training.put("features", PairFeatures.LAYOUT);
    if (config.representation().hiddenLayer()) {
      training.put("objective", config.representation().objective().id());
      training.put("hidden_units", Integer.toString(config.representation().settings().hidden()));
      training.put("learning_rate", Double.toString(config.representation().settings().learningRate()));
    }
    return training;
  }

  /** Member m's weights may move only over its backbone's block of head inputs. */
  static boolean[] trainable(int[] offsets, int members, TrainConfig.EncoderConfig encoder) {
    boolean[] trainable = new boolean[offsets[offsets.length - 1] * members];
    for (int m = 0; m < members; m++) {
      int b = encoder.backboneOf(m);
      for (int i = offsets[b]; i < offsets[b + 1]; i++) {
        trainable[i * members + m] = true;
      }
    }
    return trainable;
  }

  private static TrainSummary summary(TrainConfig config, RunContext run, Fitted fitted, long skipped, long rows,
      double[] seconds) {
    PairMetrics test = fitted.evaluation().slice("ensemble", "test");
    int members = fitted.heads().size();
    double[] memberOof = new double[members];
    for (int m = 0; m < members; m++) {
      memberOof[m] = fitted.evaluation().memberMetrics(m).getOrDefault("oof.accuracy", Double.NaN);
    }
    return new TrainSummary(config.ensembleId(), config.ensembleDirectory(run.runId()),
        config.subsets().scheme().id(), members, fitted.trainingPairs(), test == null ? 0 : test.pairs(), skipped,
        fitted.iterations(), fitted.lossHistory(), fitted.evaluation().ensembleMetrics(), memberOof, rows, seconds[0],
        seconds[1], seconds[2]);
  }
}
