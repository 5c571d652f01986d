package io.rewardlake.core.djl;

import io.rewardlake.core.encoder.EncoderHead;
import io.rewardlake.core.encoder.EncoderRewardModel;
import io.rewardlake.core.encoder.EncoderSpec;
import io.rewardlake.core.encoder.PairFeatures;
import io.rewardlake.core.encoder.TextEncoder;
import io.rewardlake.core.model.EncoderModels;
import io.rewardlake.core.model.MlpShape;
import io.rewardlake.core.model.ModelFamily;
import io.rewardlake.core.model.ModelFiles;
import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.model.RewardModel;
import io.rewardlake.core.neural.NeuralModelSpec;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The model families that run on DJL: registered with the store through {@code META-INF/services}. */
final class DjlFamilies {
  private DjlFamilies() {}

  /**
   * {@value NeuralModelSpec#REWARD_FAMILY}: a sequence-classification reward model exported from Hugging Face.
   * A {@value NeuralModelSpec#JUDGE_FAMILY} directory is recognised only to say it is a judge, not a member.
   */
  public static final class Reward implements ModelFamily {
    @Override
    public List<String> ids() {
      return List.of(NeuralModelSpec.REWARD_FAMILY, NeuralModelSpec.JUDGE_FAMILY);
    }

    @Override
    public boolean external() {
      return true;
    }

    @Override
    public RewardModel load(ModelFiles directory, ModelMetadata metadata, List<String> assignedGpus)
        throws IOException {
      NeuralModelSpec spec = ModelStore.readNeuralSpec(directory);
      if (!spec.rewardModel()) {
        throw new IOException("model " + directory.location() + " is a judge LM (family " + spec.family() + "); an"
            + " ensemble member must be a reward model (family " + NeuralModelSpec.REWARD_FAMILY + ")");
      }
      return DjlRewardModel.load(directory.localDirectory(), metadata, spec,
          DjlRuntime.chooseDevice(spec, assignedGpus));
    }
  }

  /** {@value NeuralModelSpec#ENCODER_FAMILY}: a backbone, which heads are trained over; never a member itself. */
  public static final class Backbone implements ModelFamily {
    @Override
    public List<String> ids() {
      return List.of(NeuralModelSpec.ENCODER_FAMILY);
    }

    @Override
    public boolean external() {
      return true;
    }

    @Override
    public RewardModel load(ModelFiles directory, ModelMetadata metadata, List<String> assignedGpus)
        throws IOException {
      throw new IOException(directory.location() + " is a backbone (family " + NeuralModelSpec.ENCODER_FAMILY
          + "), not a reward model: train heads on it with 'train --family encoder --backbones "
          + directory.location() + "'");
    }
  }

  /**
   * {@value ModelMetadata#ENCODER}: a head over a frozen sentence encoder. The member's featurizer entry names the
   * backbone directory; members naming one backbone share one loaded encoder per JVM ({@link SharedEncoders}).
   */
  public static final class EncoderHeads implements ModelFamily {
    @Override
    public List<String> ids() {
      return List.of(ModelMetadata.ENCODER);
    }

    @Override
    public RewardModel load(ModelFiles directory, ModelMetadata metadata, List<String> assignedGpus)
        throws IOException {
      Map<String, String> featurizer = metadata.featurizer();
      if (!PairFeatures.LAYOUT.equals(featurizer.get(EncoderModels.FEATURES))) {
        throw new IOException("model " + directory.location() + " uses features '"
            + featurizer.get(EncoderModels.FEATURES) + "'; this build reads " + PairFeatures.LAYOUT);
      }
      ModelFiles backbone = directory.resolve(EncoderModels.required(featurizer, EncoderModels.BACKBONE, directory));
      EncoderSpec spec = EncoderModels.readBackbone(backbone);
      int dimension = Integer.parseInt(EncoderModels.required(featurizer, EncoderModels.DIMENSION, directory));
      MlpShape shape = new MlpShape(PairFeatures.size(dimension), ModelStore.hiddenUnits(directory));
      double[] params = ModelStore.readWeights(directory, shape.size());
      TextEncoder encoder = SharedEncoders.acquire(backbone.localDirectory(), spec, assignedGpus);
      try {
        return new EncoderRewardModel(metadata, encoder, new EncoderHead(shape, params));
      } catch (RuntimeException e) {
        encoder.close();
        throw new IOException(e.getMessage(), e);
      }
    }
  }
}
