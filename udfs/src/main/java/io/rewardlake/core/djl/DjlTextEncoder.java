package io.rewardlake.core.djl;

import io.rewardlake.core.encoder.EncoderSpec;
import io.rewardlake.core.encoder.Pooling;
import io.rewardlake.core.encoder.TextEncoder;
import io.rewardlake.core.neural.ComputeDevice;
import io.rewardlake.core.neural.LengthBuckets;
import io.rewardlake.core.neural.NeuralModelSpec;
import io.rewardlake.core.neural.Truncation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A sentence encoder through DJL: each text is tokenised, cut to {@code max_length} keeping its end (the latest turn
 * of a prompt, the conclusion of a response: see {@link Truncation}), run in length-bucketed calls, and pooled over
 * its real tokens. Thread-safe; loaded once per executor JVM by {@link SharedEncoders}.
 */
public final class DjlTextEncoder implements TextEncoder {
  private static final long[] NONE = new long[0];

  private final EncoderSpec spec;
  private final ComputeDevice device;
  private final HfTokenizer tokenizer;
  private final DjlNetwork network;
  private final long padId;
  private final long[] prefix;
  private final long[] suffix;
  private final int dimension;

  private DjlTextEncoder(EncoderSpec spec, ComputeDevice device, HfTokenizer tokenizer, DjlNetwork network) {
    this.spec = spec;
    this.device = device;
    this.tokenizer = tokenizer;
    this.network = network;
    this.padId = tokenizer.padId(spec.network().padToken());
    this.prefix = tokenizer.prefix();
    this.suffix = tokenizer.suffix();
    Truncation.budget(spec.network().maxLength(), prefix.length + suffix.length);
    this.dimension = probeDimension();
  }

  /** Loads the backbone in a local directory onto {@code device}. */
  public static DjlTextEncoder load(Path directory, EncoderSpec spec, ComputeDevice device) throws IOException {
    NeuralModelSpec network = spec.network();
    HfTokenizer tokenizer = new HfTokenizer(directory.resolve(network.tokenizerFile()));
    DjlNetwork loaded = null;
    try {
      loaded = DjlNetwork.load(directory, network, device);
      return new DjlTextEncoder(spec, device, tokenizer, loaded);
    } catch (IOException | RuntimeException e) {
      if (loaded != null) {
        loaded.close();
      }
      tokenizer.close();
      throw e;
    }
  }

  @Override
  public EncoderSpec spec() {
    return spec;
  }

  public ComputeDevice device() {
    return device;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  /** The token ids the model sees for one text, after truncation (for tests and the benchmark). */
  public Truncation.Result encode(String text) {
    return Truncation.keepEnd(prefix, NONE, tokenizer.ids(text), suffix, spec.network().maxLength());
  }

  @Override
  public List<Embedding> embedTexts(List<String> texts) {
    long[][] sequences = new long[texts.size()][];
    int[] lengths = new int[texts.size()];
    boolean[] truncated = new boolean[texts.size()];
    for (int i = 0; i < sequences.length; i++) {
      Truncation.Result encoded = encode(texts.get(i));
      sequences[i] = encoded.ids();
      lengths[i] = sequences[i].length;
      truncated[i] = encoded.truncated();
    }
    float[][] vectors = embedIds(sequences, lengths);
    List<Embedding> out = new java.util.ArrayList<>(vectors.length);
    for (int i = 0; i < vectors.length; i++) {
      out.add(new Embedding(vectors[i], lengths[i], truncated[i]));
    }
    return out;
  }

  /** Embeddings of already encoded texts ({@link #encode}), so a caller that counted tokens need not tokenise twice. */
  public float[][] embedIds(long[][] sequences, int[] lengths) {
    float[][] out = new float[sequences.length][];
    NeuralModelSpec network = spec.network();
    for (int[] call : LengthBuckets.plan(lengths, network.batchSize(), network.maxBatchTokens())) {
      long[][] rows = new long[call.length][];
      int[] rowLengths = new int[call.length];
      for (int r = 0; r < call.length; r++) {
        rows[r] = sequences[call[r]];
        rowLengths[r] = lengths[call[r]];
      }
      float[][] pooled = forward(rows, rowLengths);
      for (int r = 0; r < call.length; r++) {
        out[call[r]] = pooled[r];
      }
    }
    return out;
  }

  private float[][] forward(long[][] rows, int[] lengths) {
    DjlNetwork.Output output = network.forward(rows, padId);
    long[] shape = output.shape();
    if (shape.length != 3 || shape[0] != rows.length) {
      throw new IllegalStateException("backbone " + spec.modelId() + " returned shape "
          + java.util.Arrays.toString(shape) + " for " + rows.length + " texts; an encoder returns per-token vectors"
          + " [batch, tokens, dim] (name that output in model.json 'output', e.g. last_hidden_state)");
    }
    float[][] pooled = spec.pooling().pool(output.values(), rows.length, (int) shape[1], (int) shape[2], lengths);
    if (spec.normalize()) {
      for (float[] vector : pooled) {
        Pooling.normalize(vector);
      }
    }
    return pooled;
  }

  private int probeDimension() {
    long[] ids = encode("rewardlake").ids();
    return forward(new long[][] {ids}, new int[] {ids.length})[0].length;
  }

  @Override
  public void close() {
    network.close();
    tokenizer.close();
  }
}
