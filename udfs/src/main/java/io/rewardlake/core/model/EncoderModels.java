package io.rewardlake.core.model;

import io.rewardlake.core.encoder.EncoderHead;
import io.rewardlake.core.encoder.EncoderSpec;
import io.rewardlake.core.encoder.PairFeatures;
import io.rewardlake.core.neural.NeuralModelSpec;
import java.io.IOException;
import java.util.Map;

/**
 * Reads and writes members of the {@value ModelMetadata#ENCODER} family. A member directory holds its head
 * ({@code weights.bin}, the {@link MlpShape} layout) and a {@code model.json} whose featurizer entry names the
 * backbone directory by location; members naming one backbone share one loaded copy per JVM.
 */
public final class EncoderModels {
  /** Featurizer keys of an encoder member's metadata. */
  public static final String BACKBONE = "backbone";
  public static final String BACKBONE_ID = "backbone_id";
  public static final String DIMENSION = "dimension";
  public static final String FEATURES = "features";

  private EncoderModels() {}

  /** The featurizer entry of a member over the backbone at {@code location}. */
  public static Map<String, String> featurizer(String location, String backboneId, int dimension) {
    return Map.of(BACKBONE, location, BACKBONE_ID, backboneId, DIMENSION, Integer.toString(dimension), FEATURES,
        PairFeatures.LAYOUT);
  }

  /** Writes a member: its head parameters, then its metadata. */
  public static void write(ModelFiles directory, ModelMetadata metadata, EncoderHead head) throws IOException {
    ModelStore.writeMlp(directory, metadata, head.shape().hidden(), head.params());
  }

  /** The backbone settings in a {@code djl-encoder} directory. */
  public static EncoderSpec readBackbone(ModelFiles backbone) throws IOException {
    if (!backbone.exists(ModelStore.METADATA)) {
      throw new IOException("no " + ModelStore.METADATA + " in backbone directory " + backbone.location()
          + ": a backbone is a folder with model.onnx, tokenizer.json and a model.json of family "
          + NeuralModelSpec.ENCODER_FAMILY + " (the build unpacks the shipped ones into models/)");
    }
    try {
      return EncoderSpec.parse(ModelStore.readJson(backbone, ModelStore.METADATA), backbone.location());
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** A featurizer entry the member cannot be loaded without. */
  public static String required(Map<String, String> featurizer, String key, ModelFiles directory)
      throws IOException {
    String value = featurizer.get(key);
    if (value == null || value.isBlank()) {
      throw new IOException("model " + directory.location() + "/" + ModelStore.METADATA + " lacks featurizer."
          + key);
    }
    return value;
  }
}
