package io.rewardlake.core.djl;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import io.rewardlake.core.neural.ComputeDevice;
import io.rewardlake.core.neural.NeuralModelSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One loaded model file and a padded forward pass: token ids and attention mask in, one float output out. Inputs are
 * passed by the names {@code model.json} gives (ONNX Runtime matches them by name; PyTorch by position, in the order
 * ids, mask, token types, positions). Safe for concurrent calls: each call takes its own predictor and native memory scope.
 */
final class DjlNetwork implements AutoCloseable {
  /** A forward pass's output: row-major values and their shape. */
  record Output(float[] values, long[] shape) {}

  private final NeuralModelSpec spec;
  private final ZooModel<NDList, NDList> model;

  private DjlNetwork(NeuralModelSpec spec, ZooModel<NDList, NDList> model) {
    this.spec = spec;
    this.model = model;
  }

  static DjlNetwork load(Path directory, NeuralModelSpec spec, ComputeDevice device) throws IOException {
    Path file = directory.resolve(spec.modelFile());
    if (!Files.isRegularFile(file)) {
      throw new IOException("model file " + file + " does not exist (model_file in " + directory + "/model.json)");
    }
    DjlRuntime.engine(spec.engine());
    Criteria.Builder<NDList, NDList> builder = Criteria.builder()
        .setTypes(NDList.class, NDList.class)
        .optModelPath(file)
        .optEngine(spec.engine())
        .optDevice(DjlRuntime.device(device));
    if (spec.threads() > 0 && NeuralModelSpec.ONNX_RUNTIME.equals(spec.engine())) {
      builder.optOption("intraOpNumThreads", Integer.toString(spec.threads()))
          .optOption("interOpNumThreads", "1");
    }
    Criteria<NDList, NDList> criteria = builder.build();
    try {
      return new DjlNetwork(spec, criteria.loadModel());
    } catch (ModelNotFoundException | MalformedModelException | RuntimeException e) {
      throw new IOException("cannot load " + file + " with the " + spec.engine() + " engine on " + device + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Runs the model on right-padded rows.
   *
   * @param rows token ids per row, any lengths
   * @param padId the id that fills short rows (masked out)
   */
  Output forward(long[][] rows, long padId) {
    int width = Arrays.stream(rows).mapToInt(row -> row.length).max().orElse(0);
    long[] ids = new long[rows.length * width];
    long[] mask = new long[rows.length * width];
    Arrays.fill(ids, padId);
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(rows[r], 0, ids, r * width, rows[r].length);
      Arrays.fill(mask, r * width, r * width + rows[r].length, 1L);
    }
    Shape shape = new Shape(rows.length, width);
    try (NDManager scope = model.getNDManager().newSubManager();
        Predictor<NDList, NDList> predictor = model.newPredictor()) {
      NDList inputs = new NDList(named(scope.create(ids, shape), spec.inputIds()),
          named(scope.create(mask, shape), spec.attentionMask()));
      if (spec.tokenTypeIds() != null) {
        inputs.add(named(scope.zeros(shape, ai.djl.ndarray.types.DataType.INT64), spec.tokenTypeIds()));
      }
      if (spec.positionIds() != null) {
        inputs.add(named(scope.create(positions(rows.length, width), shape), spec.positionIds()));
      }
      NDList outputs = predictor.predict(inputs);
      NDArray output = pick(outputs);
      return new Output(output.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray(),
          output.getShape().getShape());
    } catch (TranslateException e) {
      throw new IllegalStateException("model " + spec.modelId() + " failed on a batch of " + rows.length + "×" + width
          + " tokens: " + e.getMessage(), e);
    }
  }

  /** 0, 1, ... along each row; right padding means real tokens always start at position 0. */
  private static long[] positions(int rows, int width) {
    long[] positions = new long[rows * width];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = i % width;
    }
    return positions;
  }

  private NDArray pick(NDList outputs) {
    if (spec.output() == null) {
      return outputs.get(0);
    }
    NDArray named = outputs.get(spec.output());
    if (named == null) {
      throw new IllegalStateException("model " + spec.modelId() + " has no output '" + spec.output() + "'; it has "
          + outputs.stream().map(NDArray::getName).toList());
    }
    return named;
  }

  private static NDArray named(NDArray array, String name) {
    array.setName(name);
    return array;
  }

  @Override
  public void close() {
    model.close();
  }
}
