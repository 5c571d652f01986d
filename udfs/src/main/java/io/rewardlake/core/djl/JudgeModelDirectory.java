package io.rewardlake.core.djl;

import io.rewardlake.core.model.ModelFiles;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.neural.ComputeDevice;
import io.rewardlake.core.neural.NeuralModelSpec;
import java.io.IOException;
import java.util.List;

/**
 * A directory (local, HDFS, S3, ...) holding a judge LM: its {@code model.json} read and checked to be of family
 * {@value NeuralModelSpec#JUDGE_FAMILY}. The driver reads it to validate the run and name the judge; each executor
 * reads it again to choose its device and load the model from a local copy.
 */
public record JudgeModelDirectory(ModelFiles files, NeuralModelSpec spec) {
  /** Reads and checks the directory's {@code model.json}; the message of a failure names the directory. */
  public static JudgeModelDirectory read(ModelFiles files) throws IOException {
    if (!files.exists(ModelStore.METADATA)) {
      throw new IOException("no " + ModelStore.METADATA + " in " + files.location());
    }
    // The family first: a reward model's or a built-in model's model.json would otherwise fail on keys it may have.
    String family = ModelStore.readMetadata(files).family();
    if (!NeuralModelSpec.JUDGE_FAMILY.equals(family)) {
      throw new IOException(files.location() + "/" + ModelStore.METADATA + " is of family '" + family + "', not '"
          + NeuralModelSpec.JUDGE_FAMILY + "' (a causal LM judge)");
    }
    NeuralModelSpec spec = ModelStore.readNeuralSpec(files);
    return new JudgeModelDirectory(files, spec);
  }

  /** {@code djl:<model_id>}. */
  public String judgeId() {
    return DjlLanguageModel.judgeId(spec);
  }

  /** Where this host runs the model, given the GPUs Spark assigned to the task (empty if none). */
  public ComputeDevice device(List<String> assignedGpus) {
    return DjlRuntime.chooseDevice(spec, assignedGpus);
  }

  /** Loads the model from a local copy of the directory. */
  public DjlLanguageModel load(ComputeDevice device, int topLogprobs) throws IOException {
    return DjlLanguageModel.load(files.localDirectory(), spec, device, topLogprobs);
  }
}
