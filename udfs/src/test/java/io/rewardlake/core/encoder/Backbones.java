package io.rewardlake.core.encoder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real backbones the build unpacks into {@code models/} at the repository root, for tests. */
public final class Backbones {
  private Backbones() {}

  /** The directory of a shipped backbone, e.g. {@code minilm}; fails with the fix when the build has not run. */
  public static Path directory(String name) {
    Path root = Path.of("").toAbsolutePath().getParent().resolve("models");
    Path directory = root.resolve(name);
    if (!Files.isRegularFile(directory.resolve("model.onnx"))) {
      throw new IllegalStateException(directory + " has no model.onnx: the models module unpacks it; run the"
          + " tests through the reactor (mvn -B verify) or build once (mvn -B -DskipTests package)");
    }
    return directory;
  }

  public static EncoderSpec spec(String name) {
    return spec(name, 0);
  }

  /** The shipped settings with another {@code batch_size} (0: as shipped). */
  public static EncoderSpec spec(String name, int batchSize) {
    Path directory = directory(name);
    try {
      ObjectNode json = (ObjectNode) new ObjectMapper().readTree(directory.resolve("model.json").toFile());
      if (batchSize > 0) {
        json.put("batch_size", batchSize);
      }
      return EncoderSpec.parse(json, directory.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }
}
