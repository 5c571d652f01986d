package io.rewardlake.core.neural;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code model.json} of a neural model directory, the small file a user writes next to an exported model (docs/models.md,
 * "Neural reward models (DJL)"). Two families share it: {@value #REWARD_FAMILY}, a sequence-classification
 * reward model, and {@value #JUDGE_FAMILY}, a causal LM used as RLAIF judge. Unknown keys are refused with the list of
 * valid ones, so a typo never silently falls back to a default.
 *
 * @param family {@value #REWARD_FAMILY} or {@value #JUDGE_FAMILY}
 * @param modelId recorded with every score or label
 * @param engine DJL engine name: {@code OnnxRuntime} ({@code .onnx}) or {@code PyTorch} (TorchScript {@code .pt})
 * @param modelFile the model file, relative to the directory
 * @param tokenizerFile the Hugging Face {@code tokenizer.json}, relative to the directory
 * @param inputIds the model input that takes token ids
 * @param attentionMask the model input that takes the attention mask
 * @param tokenTypeIds the model input that takes token type ids (all 0), or null if the model has none
 * @param positionIds the model input that takes position ids (0, 1, ... per row; decoder exports of recent
 *     architectures have it), or null if the model has none
 * @param output the output to read (null: the first)
 * @param rewardLogit which logit of a reward model's {@code [batch, labels]} output is the reward
 * @param maxLength the longest sequence the model takes; longer inputs are cut by {@link Truncation}
 * @param promptFormat how prompt and response are written as one text (reward models)
 * @param padToken the token that pads short sequences (null: the tokenizer's pad, unk or eos token)
 * @param eosToken a judge's end-of-sequence token, where generation stops (null: generate to the limit)
 * @param batchSize most sequences per model call
 * @param maxBatchTokens most padded tokens per model call
 * @param device where to run
 * @param threads ONNX Runtime threads per model call (intra-op), 0 for the runtime's default (one per core). Where
 *     several Spark tasks share one loaded model, 1 lets the tasks use the cores instead of the calls competing
 *     for them; the PyTorch engine ignores it.
 */
public record NeuralModelSpec(String family, String modelId, String engine, String modelFile, String tokenizerFile,
    String inputIds, String attentionMask, String tokenTypeIds, String positionIds, String output, int rewardLogit, int maxLength,
    PromptFormat promptFormat, String padToken, String eosToken, int batchSize, int maxBatchTokens,
    DevicePolicy device, int threads) implements Serializable {
  public static final String REWARD_FAMILY = "djl";
  public static final String JUDGE_FAMILY = "djl-lm";
  /** A sentence encoder whose pooled output is a backbone for trained heads (see {@code core.encoder}). */
  public static final String ENCODER_FAMILY = "djl-encoder";
  public static final String ONNX_RUNTIME = "OnnxRuntime";
  public static final String PYTORCH = "PyTorch";

  /** Keys of {@code model.json} that describe where a model came from, shared with the built-in families. */
  private static final List<String> PROVENANCE = List.of("format", "family", "model_id", "ensemble_id",
      "member_index", "training_subset", "created_by", "description", "source");
  private static final List<String> SETTINGS = List.of("engine", "model_file", "tokenizer_file", "inputs", "output",
      "reward_logit", "max_length", "prompt_format", "pad_token", "eos_token", "batch_size", "max_batch_tokens",
      "device", "threads");
  private static final List<String> INPUTS = List.of("input_ids", "attention_mask", "token_type_ids",
      "position_ids");

  public NeuralModelSpec {
    if (!List.of(REWARD_FAMILY, JUDGE_FAMILY, ENCODER_FAMILY).contains(family)) {
      throw new IllegalArgumentException("family must be " + REWARD_FAMILY + ", " + JUDGE_FAMILY + " or "
          + ENCODER_FAMILY + ", got '" + family + "'");
    }
    Objects.requireNonNull(modelId, "modelId");
    if (!ONNX_RUNTIME.equals(engine) && !PYTORCH.equals(engine)) {
      throw new IllegalArgumentException("engine must be " + ONNX_RUNTIME + " or " + PYTORCH + ", got '" + engine
          + "'");
    }
    Objects.requireNonNull(modelFile, "modelFile");
    Objects.requireNonNull(tokenizerFile, "tokenizerFile");
    Objects.requireNonNull(inputIds, "inputIds");
    Objects.requireNonNull(attentionMask, "attentionMask");
    positive("max_length", maxLength);
    positive("batch_size", batchSize);
    positive("max_batch_tokens", maxBatchTokens);
    if (rewardLogit < 0) {
      throw new IllegalArgumentException("reward_logit must be >= 0, got " + rewardLogit);
    }
    Objects.requireNonNull(promptFormat, "promptFormat");
    Objects.requireNonNull(device, "device");
    if (threads < 0) {
      throw new IllegalArgumentException("'threads' must be >= 0 (0: the runtime's default), got " + threads);
    }
  }

  /** This spec run differently: other batching, device or thread count (benchmarks, a GPU profile). */
  public NeuralModelSpec withRuntime(int newBatchSize, DevicePolicy newDevice, int newThreads) {
    return new NeuralModelSpec(family, modelId, engine, modelFile, tokenizerFile, inputIds, attentionMask,
        tokenTypeIds, positionIds, output, rewardLogit, maxLength, promptFormat, padToken, eosToken, newBatchSize,
        maxBatchTokens, newDevice, newThreads);
  }

  /** Whether this is a reward model (else a judge LM). */
  public boolean rewardModel() {
    return REWARD_FAMILY.equals(family);
  }

  /**
   * Reads a {@code model.json}. Only {@code family} and {@code model_id} are required; the rest defaults to what a
   * Hugging Face export produces ({@code model.onnx}, {@code tokenizer.json}, inputs {@code input_ids} and
   * {@code attention_mask}, logit 0).
   *
   * @param json the parsed file
   * @param location the directory, for messages
   */
  public static NeuralModelSpec parse(JsonNode json, String location) {
    return parse(json, location, List.of());
  }

  /**
   * Reads a {@code model.json} whose family adds its own settings ({@code extraKeys}, read by the caller) to the ones
   * every neural model has.
   */
  public static NeuralModelSpec parse(JsonNode json, String location, List<String> extraKeys) {
    try {
      requireKnownKeys(json, location, extraKeys);
      JsonNode inputs = json.path("inputs");
      requireKnown(inputs, INPUTS, location + "/model.json 'inputs'");
      String modelFile = text(json, "model_file", "model.onnx");
      return new NeuralModelSpec(text(json, "family", null), text(json, "model_id", null),
          text(json, "engine", modelFile.toLowerCase(Locale.ROOT).endsWith(".onnx") ? ONNX_RUNTIME : PYTORCH),
          modelFile, text(json, "tokenizer_file", "tokenizer.json"), text(inputs, "input_ids", "input_ids"),
          text(inputs, "attention_mask", "attention_mask"), text(inputs, "token_type_ids", null),
          text(inputs, "position_ids", null), text(json, "output", null), integer(json, "reward_logit", 0),
          integer(json, "max_length", 512),
          new PromptFormat(text(json, "prompt_format", PromptFormat.DEFAULT.template())),
          text(json, "pad_token", null), text(json, "eos_token", null), integer(json, "batch_size", 16),
          integer(json, "max_batch_tokens", 16_384), DevicePolicy.parse(text(json, "device", "auto")),
          integer(json, "threads", 0));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(location + "/model.json: " + e.getMessage(), e);
    }
  }

  private static void requireKnownKeys(JsonNode json, String location, List<String> extraKeys) {
    List<String> valid = new ArrayList<>(PROVENANCE);
    valid.addAll(SETTINGS);
    valid.addAll(extraKeys);
    requireKnown(json, valid, location + "/model.json");
  }

  private static void requireKnown(JsonNode json, List<String> valid, String where) {
    Set<String> unknown = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) json::fields) {
      if (!valid.contains(field.getKey())) {
        unknown.add(field.getKey());
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown key(s) " + unknown + " in " + where + "; valid: " + valid);
    }
  }

  private static String text(JsonNode json, String field, String fallback) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      if (fallback == null && ("family".equals(field) || "model_id".equals(field))) {
        throw new IllegalArgumentException("missing '" + field + "'");
      }
      return fallback;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be a string, got " + value);
    }
    return value.asText();
  }

  private static int integer(JsonNode json, String field, int fallback) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException("'" + field + "' must be an integer, got " + value);
    }
    return value.asInt();
  }

  private static void positive(String field, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("'" + field + "' must be >= 1, got " + value);
    }
  }
}
