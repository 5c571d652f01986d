package io.rewardlake.core.encoder;

/**
 * Embeddings computed earlier (the {@code embeddings} table, joined to a batch's rows), by backbone model id and
 * {@link TextHash}; a text it lacks is embedded by the backbone instead.
 */
@FunctionalInterface
public interface EmbeddingLookup {
  EmbeddingLookup NONE = (backboneId, textHash) -> null;

  /** The stored embedding, or null. */
  float[] find(String backboneId, String textHash);
}
