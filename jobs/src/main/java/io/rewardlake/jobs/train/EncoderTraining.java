package io.rewardlake.jobs.train;

import io.rewardlake.core.encoder.EncoderHead;
import io.rewardlake.core.encoder.PairFeatures;
import io.rewardlake.core.model.EncoderModels;
import io.rewardlake.core.model.MlpShape;
import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.train.Evaluation;
import io.rewardlake.core.train.PairMetrics;
import io.rewardlake.core.train.TrainingExample;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.encoder.EmbeddingStage;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.spark.encoder.BackboneHandle;
import io.rewardlake.spark.encoder.EmbeddedPairs;
import io.rewardlake.spark.train.EnsembleTrainer;
import io.rewardlake.spark.train.PairFacts;
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
 * once per backbone into the {@code embeddings} table (only the missing ones), the pairs are joined with their
 * embeddings, and all M linear heads are trained in one L-BFGS run over the concatenated head inputs of every
 * backbone, member m restricted to backbone {@code m % B}. Subsets, out-of-fold evaluation, the ensemble directory and
 * the {@code models} rows are those of the built-in family.
 */
final class EncoderTraining {
  private static final String STAGE = "train";
  static final List<EmbeddingStage.Role> ROLES = List.of(new EmbeddingStage.Role("prompt", TrainingRows.PROMPT, true),
      new EmbeddingStage.Role("chosen", TrainingRows.CHOSEN, false),
      new EmbeddingStage.Role("rejected", TrainingRows.REJECTED, false));

  private EncoderTraining() {}

  static TrainSummary run(SparkSession spark, TrainConfig config, RunContext run, TrainingInput input) {
    if (config.representation().hiddenLayer()) {
      throw Errors.encoderHeadsAreLinear(config.representation().objective().id());
    }
    long start = System.nanoTime();
    Lakehouse lake = new Lakehouse(spark, config.lake());
    TrainConfig.EncoderConfig encoder = config.encoder();
    EmbeddingStage embeddings = new EmbeddingStage(spark, lake, run, encoder.embedBatchSize());
    List<BackboneHandle> backbones = encoder.backbones().stream().map(embeddings::backbone).toList();
    Progress.say(STAGE, "encoder ensemble '" + config.ensembleId() + "': " + config.subsets().members()
        + " linear heads over " + backbones.stream().map(b -> b.spec().modelId()).toList());
    int[] dimensions = new int[backbones.size()];
    Dataset<Row> rows = input.rows();
    for (int b = 0; b < backbones.size(); b++) {
      rows = embeddings.attach(rows, backbones.get(b), b, ROLES, STAGE);
      dimensions[b] = embeddings.dimension(backbones.get(b).spec().modelId());
    }
    double embedSeconds = TrainJob.seconds(start);
    int[] offsets = EmbeddedPairs.offsets(dimensions);
    int dimension = offsets[dimensions.length];
    int partitions = config.partitions() > 0 ? config.partitions() : spark.sparkContext().defaultParallelism();
    spark.sparkContext().setJobGroup(STAGE, "train: join pairs with their embeddings", false);
    EmbeddedPairs pairs = new EmbeddedPairs(dimensions,
        new PairFacts(config.subsets(), new HashSet<>(config.splits())));
    JavaRDD<TrainingExample> examples = rows.repartition(partitions).javaRDD()
        .mapPartitions(pairs.differences()).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long featurized = examples.count();
      long skipped = input.table().count() - featurized;
      double featurizeSeconds = TrainJob.seconds(start);
      Progress.say(STAGE, String.format(Locale.ROOT, "%,d pairs with %d head inputs in %.1f s (embedding %.1f s)",
          featurized, dimension, featurizeSeconds, embedSeconds));
      long optimiseStart = System.nanoTime();
      int members = config.subsets().members();
      spark.sparkContext().setJobGroup(OptimiserProgress.JOB_GROUP, "train: L-BFGS iterations", false);
      OptimiserProgress progress = new OptimiserProgress(config.optimizer().maxIterations());
      spark.sparkContext().addSparkListener(progress);
      TrainedWeights weights;
      try {
        weights = EnsembleTrainer.train(examples, dimension, members, config.optimizer(),
            trainable(offsets, members, encoder));
      } finally {
        spark.sparkContext().removeSparkListener(progress);
      }
      double optimiseSeconds = TrainJob.seconds(optimiseStart);
      spark.sparkContext().setJobGroup(STAGE, "train: evaluate held-out pairs", false);
      Evaluation evaluation = EnsembleTrainer.evaluate(examples, weights);
      Map<String, String> data = TrainJob.dataProvenance(lake, config, input);
      List<EncoderHead> heads = heads(weights, offsets, dimensions, encoder);
      List<Map<String, String>> featurizers = new ArrayList<>();
      for (int m = 0; m < members; m++) {
        int b = encoder.backboneOf(m);
        featurizers.add(EncoderModels.featurizer(backbones.get(b).location(), backbones.get(b).spec().modelId(),
            dimensions[b]));
      }
      List<String> ids = EnsembleWriter.writeEncoder(config, run.runId(), weights, heads, featurizers, evaluation,
          data, spark.sparkContext().hadoopConfiguration());
      Progress.say(STAGE, "wrote ensemble to " + config.ensembleDirectory(run.runId()));
      long modelRows = TrainJob.writeModels(spark, lake, config, run, ids, evaluation, input, ModelMetadata.ENCODER);
      PairMetrics test = evaluation.slice("ensemble", "test");
      double[] memberOof = new double[members];
      for (int m = 0; m < members; m++) {
        memberOof[m] = evaluation.memberMetrics(m).getOrDefault("oof.accuracy", Double.NaN);
      }
      return new TrainSummary(config.ensembleId(), config.ensembleDirectory(run.runId()),
          config.subsets().scheme().id(), members, weights.trainingPairs(), test == null ? 0 : test.pairs(), skipped,
          weights.iterations(), weights.lossHistory(), evaluation.ensembleMetrics(), memberOof, modelRows,
          featurizeSeconds, optimiseSeconds, TrainJob.seconds(start));
    } finally {
      examples.unpersist(false);
      spark.sparkContext().clearJobGroup();
    }
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

  /** Each member's head: its block of the concatenated weights. */
  private static List<EncoderHead> heads(TrainedWeights weights, int[] offsets, int[] dimensions,
      TrainConfig.EncoderConfig encoder) {
    List<EncoderHead> heads = new ArrayList<>();
    for (int m = 0; m < weights.members(); m++) {
      int b = encoder.backboneOf(m);
      double[] block = Arrays.copyOfRange(weights.member(m), offsets[b], offsets[b + 1]);
      heads.add(new EncoderHead(new MlpShape(PairFeatures.size(dimensions[b]), 0), block));
    }
    return heads;
  }
}
