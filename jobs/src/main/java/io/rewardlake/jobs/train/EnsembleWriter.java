package io.rewardlake.jobs.train;

import io.rewardlake.core.model.EnsembleManifest;
import io.rewardlake.core.model.ModelFiles;
import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.train.Evaluation;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.lake.Version;
import io.rewardlake.spark.model.HadoopModelFiles;
import io.rewardlake.spark.train.TrainedWeights;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/** Writes a trained ensemble to the model store: every member, then the manifest that marks it complete. */
final class EnsembleWriter {
  private EnsembleWriter() {}

  /** The member model ids, in member order. */
  static List<String> write(TrainConfig config, String runId, TrainedWeights weights, Evaluation evaluation,
      Map<String, String> data, Configuration hadoop) {
    String location = config.ensembleDirectory(runId);
    ModelFiles directory = new HadoopModelFiles(location, hadoop);
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try {
      for (int m = 0; m < weights.members(); m++) {
        ModelMetadata metadata = metadata(config, runId, m, data);
        names.add(ModelStore.memberDirectory(m));
        ModelStore.writeLinear(directory.resolve(names.get(m)), metadata, weights.member(m));
        ids.add(metadata.modelId());
      }
      ModelStore.writeManifest(directory, new EnsembleManifest(config.ensembleId(), runId, names,
          config.subsets().toMap(), training(config, weights, data), evaluation.ensembleMetrics(), Version.current()));
      return ids;
    } catch (IOException e) {
      throw Errors.cannotWrite("the ensemble", location, e);
    }
  }

  static String modelId(TrainConfig config, String runId, int member) {
    return config.ensembleId() + "-" + runId + "-" + ModelStore.memberDirectory(member);
  }

  private static ModelMetadata metadata(TrainConfig config, String runId, int member, Map<String, String> data) {
    return new ModelMetadata(ModelMetadata.BUILTIN_LINEAR, modelId(config, runId, member), config.ensembleId(),
        member, config.subsets().describe(member), config.featurizer().toMap(), data, Version.current());
  }

  private static Map<String, String> training(TrainConfig config, TrainedWeights weights, Map<String, String> data) {
    Map<String, String> training = new LinkedHashMap<>(data);
    training.put("family", ModelMetadata.BUILTIN_LINEAR);
    training.put("optimizer", "mllib-lbfgs");
    training.put("l2", Double.toString(config.optimizer().l2()));
    training.put("label_smoothing", Double.toString(config.optimizer().labelSmoothing()));
    training.put("iterations", Integer.toString(weights.iterations()));
    training.put("final_objective", Double.toString(weights.finalLoss()));
    training.put("training_pairs", Long.toString(weights.trainingPairs()));
    training.put("splits", String.join(",", config.splits()));
    config.featurizer().toMap().forEach((key, value) -> training.put("featurizer." + key, value));
    return training;
  }
}
