package io.rewardlake.core.djl;

import io.rewardlake.core.encoder.EncoderSpec;
import io.rewardlake.core.encoder.TextEncoder;
import io.rewardlake.core.neural.ComputeDevice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backbones loaded in this JVM, one per directory, device and settings: the members of an ensemble (and the embedding stage)
 * that name the same backbone share one loaded model. Handles are counted; the model is closed when the last handle
 * is.
 */
public final class SharedEncoders {
  private static final Map<String, Counted> LOADED = new HashMap<>();

  private SharedEncoders() {}

  /** A handle on the backbone in {@code directory} for a task given {@code assignedGpus}; close it when done. */
  public static TextEncoder acquire(Path directory, EncoderSpec spec, List<String> assignedGpus)
      throws IOException {
    ComputeDevice device = DjlRuntime.chooseDevice(spec.network(), assignedGpus);
    // The spec is part of the key: the same files run with other batching or threads are another loaded model.
    String key = directory.toAbsolutePath().normalize() + " on " + device + " as " + spec;
    synchronized (LOADED) {
      Counted counted = LOADED.get(key);
      if (counted == null) {
        counted = new Counted(key, DjlTextEncoder.load(directory, spec, device));
        LOADED.put(key, counted);
      }
      counted.handles++;
      return new Handle(counted);
    }
  }

  /** How many backbones this JVM holds (for tests). */
  public static int loadedCount() {
    synchronized (LOADED) {
      return LOADED.size();
    }
  }

  private static final class Counted {
    private final String key;
    private final DjlTextEncoder encoder;
    private int handles;

    Counted(String key, DjlTextEncoder encoder) {
      this.key = key;
      this.encoder = encoder;
    }
  }

  /** One holder's view of a shared backbone; closing it more than once is harmless. */
  private static final class Handle implements TextEncoder {
    private final Counted counted;
    private boolean closed;

    Handle(Counted counted) {
      this.counted = counted;
    }

    @Override
    public EncoderSpec spec() {
      return counted.encoder.spec();
    }

    @Override
    public int dimension() {
      return counted.encoder.dimension();
    }

    @Override
    public List<Embedding> embedTexts(List<String> texts) {
      return counted.encoder.embedTexts(texts);
    }

    @Override
    public TextEncoder loaded() {
      return counted.encoder;
    }

    @Override
    public void close() {
      synchronized (LOADED) {
        if (closed) {
          return;
        }
        closed = true;
        if (--counted.handles == 0) {
          LOADED.remove(counted.key);
          counted.encoder.close();
        }
      }
    }
  }
}
