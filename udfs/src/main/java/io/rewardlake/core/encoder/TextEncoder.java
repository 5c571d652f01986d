package io.rewardlake.core.encoder;

import java.util.List;

/**
 * A loaded backbone: texts in, one pooled (and, if its spec says so, unit-length) vector per text out. Shared by the
 * tasks of an executor, so {@link #embed} must be safe to call from several threads.
 */
public interface TextEncoder extends AutoCloseable {
  EncoderSpec spec();

  /** Length of every embedding. */
  int dimension();

  /** One embedding per text, in input order; texts are taken as the encoder reads them (prefixes included). */
  default float[][] embed(List<String> texts) {
    return embedTexts(texts).stream().map(Embedding::vector).toArray(float[][]::new);
  }

  /** {@link #embed} with what the encoder saw of each text: its token count and whether it was cut. */
  List<Embedding> embedTexts(List<String> texts);

  /**
   * One text's embedding.
   *
   * @param vector the pooled vector
   * @param tokens tokens the model saw, special tokens included
   * @param truncated whether the text was cut to {@code max_length}
   */
  record Embedding(float[] vector, int tokens, boolean truncated) {}

  /**
   * The loaded model itself: handles on one shared backbone return the same object, so an ensemble can embed once
   * for all members that use it.
   */
  default TextEncoder loaded() {
    return this;
  }

  @Override
  void close();
}
