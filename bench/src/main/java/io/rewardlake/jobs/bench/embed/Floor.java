package io.rewardlake.jobs.bench.embed;

import io.rewardlake.core.djl.DjlTextEncoder;
import io.rewardlake.core.neural.Truncation;
import io.rewardlake.jobs.bench.djl.TokenTally;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of {@code bench-embed}: one thread on the driver feeding the backbone (its own copy, one ONNX Runtime
 * thread per call) the same texts in the same batches the Spark path's tasks make. No Spark, no Delta: what a plain
 * loop costs per text.
 */
final class Floor {
  private final DjlTextEncoder encoder;
  private final int textsPerBatch;

  Floor(DjlTextEncoder encoder, int textsPerBatch) {
    this.encoder = encoder;
    this.textsPerBatch = textsPerBatch;
  }

  /** Embeds every text; returns the vectors of the first {@code keep} (for the agreement check). */
  List<float[]> embed(List<String> texts, int keep) {
    List<float[]> kept = new ArrayList<>(Math.min(keep, texts.size()));
    for (int from = 0; from < texts.size(); from += textsPerBatch) {
      List<String> batch = texts.subList(from, Math.min(texts.size(), from + textsPerBatch));
      float[][] vectors = encoder.embed(batch);
      for (int i = 0; i < vectors.length && kept.size() < keep; i++) {
        kept.add(vectors[i]);
      }
    }
    return kept;
  }

  /** Tokens of the texts as the backbone reads them, and the model calls and padding of the batches above. */
  TokenTally tally(List<String> texts) {
    TokenTally total = TokenTally.NONE;
    for (int from = 0; from < texts.size(); from += textsPerBatch) {
      List<String> batch = texts.subList(from, Math.min(texts.size(), from + textsPerBatch));
      int[] lengths = new int[batch.size()];
      int truncated = 0;
      for (int i = 0; i < lengths.length; i++) {
        Truncation.Result encoded = encoder.encode(batch.get(i));
        lengths[i] = encoded.ids().length;
        truncated += encoded.truncated() ? 1 : 0;
      }
      total = total.plus(TokenTally.ofCall(lengths, truncated, encoder.spec().network().batchSize(),
          encoder.spec().network().maxBatchTokens()));
    }
    return total;
  }
}
