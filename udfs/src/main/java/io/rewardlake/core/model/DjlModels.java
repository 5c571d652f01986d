package io.rewardlake.core.model;

import io.rewardlake.core.djl.DjlRewardModel;
import io.rewardlake.core.djl.DjlRuntime;
import io.rewardlake.core.neural.NeuralModelSpec;
import java.io.IOException;
import java.util.List;

/** Loads the neural family: device chosen from the task's GPU and the engine, model opened from a local copy. */
final class DjlModels {
  private DjlModels() {}

  static RewardModel rewardModel(ModelFiles directory, ModelMetadata metadata, NeuralModelSpec spec,
      List<String> assignedGpus) throws IOException {
    if (!spec.rewardModel()) {
      throw new IOException("model " + directory.location() + " is a judge LM (family " + spec.family() + "); an"
          + " ensemble member must be a reward model (family " + NeuralModelSpec.REWARD_FAMILY + ")");
    }
    return DjlRewardModel.load(directory.localDirectory(), metadata, spec,
        DjlRuntime.chooseDevice(spec, assignedGpus));
  }
}
