package io.rewardlake.jobs.train;

import io.rewardlake.core.encoder.EncoderHead;
import io.rewardlake.core.model.EncoderModels;
import io.rewardlake.core.model.EnsembleManifest;
import io.rewardlake.core.model.ModelFiles;
import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.train.Evaluation;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.lake.Version;
import io.rewardlake.spark.model.HadoopModelFiles;
import io.rewardlake.core.repr.RepresentationSettings;
import io.rewardlake.spark.train.MlpWeights;
import io.rewardlake.spark.train.TrainedWeights;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.hadoop.conf.Configuration;

/** Writes a trained ensemble to the model store: every member, then the manifest that marks it complete. */
final class EnsembleWriter {
  private EnsembleWriter() {}

  /** The member model ids, in member order. */
  static List<String> write(TrainConfig config, String runId, TrainedWeights weights, Evaluation evaluation,
      Map<String, String> data, Configuration hadoop) {
    Map<String, String> training = training(config, ModelMetadata.BUILTIN_LINEAR, "mllib-lbfgs", weights.iterations(),
        weights.finalLoss(), weights.trainingPairs(), data);
    return write(config, runId, weights.members(), ModelMetadata.BUILTIN_LINEAR,
        (directory, metadata, m) -> ModelStore.writeLinear(directory, metadata, weights.member(m)), data, training,
        evaluation, hadoop);
  }

  /** The encoder family: member m's head and its featurizer entry (which backbone, how many dimensions). */
  static List<String> writeEncoder(TrainConfig config, String runId, List<EncoderHead> heads,
      List<Map<String, String>> featurizers, Evaluation evaluation, Map<String, String> data,
      Map<String, String> training, Configuration hadoop) {
    return write(config, runId, heads.size(), ModelMetadata.ENCODER, featurizers::get,
        (directory, metadata, m) -> EncoderModels.write(directory, metadata, heads.get(m)), data, training,
        evaluation, hadoop);
  }

  /** The hidden-layer family: the same layout, members written by {@link ModelStore#writeMlp}. */
  static List<String> writeMlp(TrainConfig config, String runId, MlpWeights weights, Evaluation evaluation,
      Map<String, String> data, Configuration hadoop) {
    Map<String, String> training = training(config, ModelMetadata.BUILTIN_MLP, "adam", weights.iterations(),
        weights.finalLoss(), weights.trainingPairs(), data);
    RepresentationSettings settings = config.representation().settings();
    training.put("objective", settings.objective().id());
    training.put("hidden_units", Integer.toString(settings.hidden()));
    training.put("learning_rate", Double.toString(settings.learningRate()));
    if (settings.objective().contrastive()) {
      training.put("contrastive_weight", Double.toString(settings.contrastiveWeight()));
      training.put("contrastive_temperature", Double.toString(settings.temperature()));
      training.put("feature_dropout", Double.toString(settings.dropout()));
      training.put("contrastive_batch", Integer.toString(settings.batchSize()));
    }
    if (settings.objective().meta()) {
      training.put("metarm_samples", config.representation().metarmSamples());
      training.put("metarm_inner_step", Double.toString(settings.innerStep()));
      training.put("metarm_mix", Double.toString(settings.mix()));
    }
    return write(config, runId, weights.members(), ModelMetadata.BUILTIN_MLP,
        (directory, metadata, m) -> ModelStore.writeMlp(directory, metadata, settings.hidden(), weights.member(m)),
        data, training, evaluation, hadoop);
  }

  private static List<String> write(TrainConfig config, String runId, int members, String family,
      MemberWriter writer, Map<String, String> data, Map<String, String> training, Evaluation evaluation,
      Configuration hadoop) {
    Map<String, String> featurizer = config.featurizer().toMap();
    return write(config, runId, members, family, m -> featurizer, writer, data, training, evaluation, hadoop);
  }

  private static List<String> write(TrainConfig config, String runId, int members, String family,
      IntFunction<Map<String, String>> featurizers, MemberWriter writer, Map<String, String> data,
      Map<String, String> training, Evaluation evaluation, Configuration hadoop) {
    String location = config.ensembleDirectory(runId);
    ModelFiles directory = new HadoopModelFiles(location, hadoop);
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try {
      for (int m = 0; m < members; m++) {
        ModelMetadata metadata = metadata(config, runId, m, family, featurizers.apply(m), data);
        names.add(ModelStore.memberDirectory(m));
        writer.write(directory.resolve(names.get(m)), metadata, m);
        ids.add(metadata.modelId());
      }
      ModelStore.writeManifest(directory, new EnsembleManifest(config.ensembleId(), runId, names,
          config.subsets().toMap(), training, evaluation.ensembleMetrics(), Version.current()));
      return ids;
    } catch (IOException e) {
      throw Errors.cannotWrite("the ensemble", location, e);
    }
  }

  /** Writes member m's files. */
  private interface MemberWriter {
    void write(ModelFiles directory, ModelMetadata metadata, int member) throws IOException;
  }

  static String modelId(TrainConfig config, String runId, int member) {
    return config.ensembleId() + "-" + runId + "-" + ModelStore.memberDirectory(member);
  }

  private static ModelMetadata metadata(TrainConfig config, String runId, int member, String family,
      Map<String, String> featurizer, Map<String, String> data) {
    return new ModelMetadata(family, modelId(config, runId, member), config.ensembleId(), member,
        config.subsets().describe(member), featurizer, data, Version.current());
  }

  static Map<String, String> training(TrainConfig config, String family, String optimizer, int iterations,
      double finalObjective, long trainingPairs, Map<String, String> data) {
    Map<String, String> training = new LinkedHashMap<>(data);
    training.put("family", family);
    training.put("optimizer", optimizer);
    training.put("l2", Double.toString(config.optimizer().l2()));
    training.put("label_smoothing", Double.toString(config.optimizer().labelSmoothing()));
    training.put("iterations", Integer.toString(iterations));
    training.put("final_objective", Double.toString(finalObjective));
    training.put("training_pairs", Long.toString(trainingPairs));
    training.put("splits", String.join(",", config.splits()));
    config.featurizer().toMap().forEach((key, value) -> training.put("featurizer." + key, value));
    return training;
  }
}
