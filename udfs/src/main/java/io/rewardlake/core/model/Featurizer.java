package io.rewardlake.core.model;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * The built-in reward model's featurizer: {@code f(x, y)} for a prompt x and a response y, deterministic for a given
 * {@link FeaturizerSpec} and {@link FeaturizerSpec#VERSION} (same text in, same features out, on every JVM).
 *
 * <p>Slots {@code [0, Interactions.COUNT)} hold the dense {@link Interactions}; the rest of the
 * {@code spec.dimension()} slots hold signed hashed features, three blocks of unit norm each:
 * <ul>
 *   <li>the response's word n-grams, {@code log(1 + count)}, L2-normalised;</li>
 *   <li>echoes: response words that the prompt's human turns also use;</li>
 *   <li>crosses: each prompt keyword ({@link PromptContext#keywords}) with each distinct response word, so a linear
 *       model can learn which response words suit which kind of prompt.</li>
 * </ul>
 * Features that share a slot are summed. A pair's two responses share one prompt: compute its
 * {@link #context(String)} once, or call {@link #difference}. Immutable and thread-safe.
 */
public final class Featurizer implements Serializable {
  private static final long serialVersionUID = 1L;

  private final FeaturizerSpec spec;
  private final FeatureHasher hasher;

  public Featurizer(FeaturizerSpec spec) {
    this.spec = requireNonNull(spec, "spec");
    this.hasher = new FeatureHasher(spec.dimension());
  }

  public FeaturizerSpec spec() {
    return spec;
  }

  public int dimension() {
    return spec.dimension();
  }

  /** The prompt's part of the features, shared by every response to it. */
  public PromptContext context(String prompt) {
    return PromptContext.of(prompt, spec.crossKeywords());
  }

  public SparseFeatures features(String prompt, String response) {
    return features(context(prompt), response);
  }

  public SparseFeatures features(PromptContext context, String response) {
    ResponseTokens tokens = ResponseTokens.of(requireNonNull(response, "response"));
    Overlap overlap = Overlap.of(requireNonNull(context, "context"), tokens);
    FeatureAccumulator out = new FeatureAccumulator();
    Interactions.addTo(out, context, tokens, overlap);
    HashedBlocks blocks = new HashedBlocks(hasher, out);
    blocks.ngrams(tokens, spec.maxNgram());
    blocks.echoes(tokens, overlap);
    blocks.crosses(keywords(context), tokens);
    return out.toSparse();
  }

  /** {@code f(prompt, chosen) − f(prompt, rejected)}, the vector a Bradley–Terry model is trained on. */
  public SparseFeatures difference(String prompt, String chosen, String rejected) {
    PromptContext context = context(prompt);
    return features(context, chosen).minus(features(context, rejected));
  }

  /** At most the spec's keyword count, also for a context made by a featurizer with more keywords. */
  private List<String> keywords(PromptContext context) {
    List<String> keywords = context.keywords();
    return keywords.subList(0, Math.min(keywords.size(), spec.crossKeywords()));
  }

  @Override
  public String toString() {
    return "Featurizer" + spec.toMap();
  }
}
