package io.rewardlake.core.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rewardlake.core.neural.NeuralModelSpec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes model directories. Layout of an ensemble written by {@code train}:
 * <pre>
 * &lt;store&gt;/&lt;ensemble_id&gt;/&lt;run_id&gt;/ensemble.json        manifest, written last
 * &lt;store&gt;/&lt;ensemble_id&gt;/&lt;run_id&gt;/member-00/model.json  {@link ModelMetadata}
 * &lt;store&gt;/&lt;ensemble_id&gt;/&lt;run_id&gt;/member-00/weights.bin float32 little-endian, one per featurizer slot
 * </pre>
 * A run writes a new directory and never rewrites an old one, so the {@code models} table's paths stay valid under
 * Delta time travel. Weights are read back with {@code numpy.fromfile(path, '<f4')}.
 */
public final class ModelStore {
  public static final String MANIFEST = "ensemble.json";
  public static final String METADATA = "model.json";
  public static final String WEIGHTS = "weights.bin";
  static final String FORMAT = "rewardlake-model-v1";
  static final String HIDDEN_UNITS = "hidden_units";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Double>> DOUBLES = new TypeReference<>() {};
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  private ModelStore() {}

  /** The subdirectory name of member {@code index}. */
  public static String memberDirectory(int index) {
    return String.format("member-%02d", index);
  }

  /** Writes a built-in linear member: weights first, then its metadata. */
  public static void writeLinear(ModelFiles directory, ModelMetadata metadata, double[] weights) throws IOException {
    try (OutputStream out = new BufferedOutputStream(directory.create(WEIGHTS), 1 << 16)) {
      writeFloats(out, weights);
    }
    writeJson(directory, METADATA, metadataJson(metadata));
  }

  /** Writes a built-in hidden-layer member: parameters ({@link MlpShape} layout), metadata. */
  public static void writeMlp(ModelFiles directory, ModelMetadata metadata, int hidden, double[] params)
      throws IOException {
    try (OutputStream out = new BufferedOutputStream(directory.create(WEIGHTS), 1 << 16)) {
      writeFloats(out, params);
    }
    writeJson(directory, METADATA, metadataJson(metadata).put(HIDDEN_UNITS, hidden));
  }

  /** Writes the manifest; call after every member is written. */
  public static void writeManifest(ModelFiles directory, EnsembleManifest manifest) throws IOException {
    ObjectNode node = JSON.createObjectNode()
        .put("format", FORMAT)
        .put("ensemble_id", manifest.ensembleId())
        .put("run_id", manifest.runId())
        .put("created_by", manifest.createdBy());
    node.set("members", JSON.valueToTree(manifest.members()));
    node.set("subsets", JSON.valueToTree(manifest.subsets()));
    node.set("training", JSON.valueToTree(manifest.training()));
    node.set("metrics", JSON.valueToTree(manifest.metrics()));
    writeJson(directory, MANIFEST, node);
  }

  public static EnsembleManifest readManifest(ModelFiles directory) throws IOException {
    if (!directory.exists(MANIFEST)) {
      throw new IOException("no " + MANIFEST + " in " + directory.location() + ": not an ensemble directory, or the"
          + " training run that wrote it did not finish");
    }
    JsonNode node = readJson(directory, MANIFEST);
    requireFormat(node, directory);
    return new EnsembleManifest(text(node, "ensemble_id"), text(node, "run_id"), convert(node, "members", NAMES),
        convert(node, "subsets", STRINGS), convert(node, "training", STRINGS), convert(node, "metrics", DOUBLES),
        text(node, "created_by"));
  }

  /** Loads a complete ensemble on a host without an assigned GPU (neural members run on the CPU). */
  public static Ensemble loadEnsemble(ModelFiles directory) throws IOException {
    return loadEnsemble(directory, List.of());
  }

  /**
   * Loads a complete ensemble: the manifest, then each member directory it lists. A member entry is a subdirectory
   * name, or a path relative to the ensemble directory or absolute, so an ensemble can mix members of other
   * ensembles and external neural models without copying them. If a member fails to load, the ones already loaded
   * are closed.
   *
   * @param assignedGpus the GPU addresses Spark assigned to the loading task (empty if none), for neural members
   */
  public static Ensemble loadEnsemble(ModelFiles directory, List<String> assignedGpus) throws IOException {
    EnsembleManifest manifest = readManifest(directory);
    List<RewardModel> members = new ArrayList<>();
    try {
      for (String member : manifest.members()) {
        members.add(loadModel(directory.resolve(member), assignedGpus));
      }
    } catch (IOException | RuntimeException e) {
      members.forEach(RewardModel::close);
      throw e;
    }
    return new Ensemble(manifest, members);
  }

  /** Loads one model directory on a host without an assigned GPU. */
  public static RewardModel loadModel(ModelFiles directory) throws IOException {
    return loadModel(directory, List.of());
  }

  /** Loads one model directory by the family its metadata names (see {@link ModelFamilies}). */
  public static RewardModel loadModel(ModelFiles directory, List<String> assignedGpus) throws IOException {
    ModelMetadata metadata = readMetadata(directory);
    return ModelFamilies.forId(metadata.family(), directory).load(directory, metadata, assignedGpus);
  }

  /** The {@code weights.bin} of a model directory: exactly {@code length} float32 values, little-endian. */
  public static double[] readWeights(ModelFiles directory, int length) throws IOException {
    try (InputStream in = new BufferedInputStream(directory.open(WEIGHTS), 1 << 16)) {
      return readFloats(in, length, directory);
    }
  }

  /** The hidden-layer width a model directory's metadata records (0: a linear model). */
  public static int hiddenUnits(ModelFiles directory) throws IOException {
    return readJson(directory, METADATA).path(HIDDEN_UNITS).asInt(0);
  }

  public static ModelMetadata readMetadata(ModelFiles directory) throws IOException {
    if (!directory.exists(METADATA)) {
      throw new IOException("no " + METADATA + " in " + directory.location() + ": not a model directory");
    }
    JsonNode node = readJson(directory, METADATA);
    requireFormat(node, directory);
    String family = text(node, "family");
    if (ModelFamilies.external(family)) {
      return externalMetadata(node, family);
    }
    return new ModelMetadata(text(node, "family"), text(node, "model_id"), text(node, "ensemble_id"),
        node.path("member_index").asInt(), text(node, "training_subset"), convert(node, "featurizer", STRINGS),
        convert(node, "data", STRINGS), text(node, "created_by"));
  }

  /** The settings of a neural model directory ({@code model.json} of family djl or djl-lm). */
  public static NeuralModelSpec readNeuralSpec(ModelFiles directory) throws IOException {
    try {
      return NeuralModelSpec.parse(readJson(directory, METADATA), directory.location());
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * A model trained outside RewardLake records only what its user wrote: provenance fields are optional and say so
   * when absent.
   */
  private static ModelMetadata externalMetadata(JsonNode node, String family) throws IOException {
    return new ModelMetadata(family, text(node, "model_id"), node.path("ensemble_id").asText("external"),
        node.path("member_index").asInt(0), node.path("training_subset").asText("external (trained elsewhere)"),
        Map.of(), node.has("source") ? Map.of("source", node.path("source").asText()) : Map.of(),
        node.path("created_by").asText("external"));
  }

  private static ObjectNode metadataJson(ModelMetadata metadata) {
    ObjectNode node = JSON.createObjectNode()
        .put("format", FORMAT)
        .put("family", metadata.family())
        .put("model_id", metadata.modelId())
        .put("ensemble_id", metadata.ensembleId())
        .put("member_index", metadata.memberIndex())
        .put("training_subset", metadata.trainingSubset())
        .put("created_by", metadata.createdBy());
    node.set("featurizer", JSON.valueToTree(metadata.featurizer()));
    node.set("data", JSON.valueToTree(metadata.data()));
    node.set("weights", JSON.createObjectNode().put("file", WEIGHTS).put("encoding", "float32-le"));
    return node;
  }

  private static void writeFloats(OutputStream out, double[] values) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(4 * 4096).order(ByteOrder.LITTLE_ENDIAN);
    for (double value : values) {
      if (!buffer.hasRemaining()) {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
      buffer.putFloat((float) value);
    }
    out.write(buffer.array(), 0, buffer.position());
  }

  static double[] readFloats(InputStream in, int length, ModelFiles directory) throws IOException {
    byte[] bytes = in.readNBytes(4 * length + 1);
    if (bytes.length != 4 * length) {
      throw new IOException(directory.location() + "/" + WEIGHTS + " has " + bytes.length + " bytes, expected "
          + 4 * length + " (" + length + " float32 weights): the file is truncated or belongs to another model");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      values[i] = buffer.getFloat();
    }
    return values;
  }

  private static void writeJson(ModelFiles directory, String name, JsonNode node) throws IOException {
    try (OutputStream out = directory.create(name)) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(out, node);
    }
  }

  static JsonNode readJson(ModelFiles directory, String name) throws IOException {
    try (InputStream in = directory.open(name)) {
      return JSON.readTree(in);
    }
  }

  private static void requireFormat(JsonNode node, ModelFiles directory) throws IOException {
    String format = node.path("format").asText();
    if (!FORMAT.equals(format)) {
      throw new IOException(directory.location() + " has format '" + format + "', this build reads " + FORMAT);
    }
  }

  private static String text(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IOException("model metadata lacks text field '" + field + "'");
    }
    return value.asText();
  }

  private static <T> T convert(JsonNode node, String field, TypeReference<T> type) {
    try {
      return JSON.convertValue(node.path(field), type);
    } catch (IllegalArgumentException e) {
      throw new UncheckedIOException(new IOException("model metadata field '" + field + "' is malformed", e));
    }
  }
}
