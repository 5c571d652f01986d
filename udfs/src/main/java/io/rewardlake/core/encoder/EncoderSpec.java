package io.rewardlake.core.encoder;

import com.fasterxml.jackson.databind.JsonNode;
import io.rewardlake.core.neural.NeuralModelSpec;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The {@code model.json} of a backbone directory (family {@value NeuralModelSpec#ENCODER_FAMILY}): the settings every
 * neural model has (file names, inputs, output, {@code max_length}, batching, device) plus how its output is pooled and
 * how prompts and responses are written for it. Some encoders are trained with role prefixes (e5: {@code "query: "}
 * and {@code "passage: "}); the prefix is part of the text that is embedded and hashed.
 *
 * @param network the settings shared with the other neural families
 * @param pooling mean or cls
 * @param normalize whether pooled vectors are scaled to unit length
 * @param promptPrefix written before every prompt
 * @param responsePrefix written before every response
 */
public record EncoderSpec(NeuralModelSpec network, Pooling pooling, boolean normalize, String promptPrefix,
    String responsePrefix) implements Serializable {
  static final List<String> KEYS = List.of("pooling", "normalize", "prompt_prefix", "response_prefix");

  public EncoderSpec {
    Objects.requireNonNull(network, "network");
    if (!NeuralModelSpec.ENCODER_FAMILY.equals(network.family())) {
      throw new IllegalArgumentException("a backbone has family " + NeuralModelSpec.ENCODER_FAMILY + ", got '"
          + network.family() + "'");
    }
    Objects.requireNonNull(pooling, "pooling");
    Objects.requireNonNull(promptPrefix, "promptPrefix");
    Objects.requireNonNull(responsePrefix, "responsePrefix");
  }

  /** Reads a backbone's {@code model.json}; unknown keys are refused with the valid ones. */
  public static EncoderSpec parse(JsonNode json, String location) {
    NeuralModelSpec network = NeuralModelSpec.parse(json, location, KEYS);
    try {
      return new EncoderSpec(network, Pooling.of(json.path("pooling").asText("mean")),
          bool(json, "normalize", true), text(json, "prompt_prefix"), text(json, "response_prefix"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(location + "/model.json: " + e.getMessage(), e);
    }
  }

  /** The same backbone with other network settings (batching, device, threads). */
  public EncoderSpec withNetwork(NeuralModelSpec other) {
    return new EncoderSpec(other, pooling, normalize, promptPrefix, responsePrefix);
  }

  public String modelId() {
    return network.modelId();
  }

  /** The prompt as the encoder reads it. */
  public String promptText(String prompt) {
    return promptPrefix + prompt;
  }

  /** A response as the encoder reads it. */
  public String responseText(String response) {
    return responsePrefix + response;
  }

  private static boolean bool(JsonNode json, String field, boolean fallback) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("'" + field + "' must be true or false, got " + value);
    }
    return value.asBoolean();
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be a string, got " + value);
    }
    return value.asText();
  }
}
