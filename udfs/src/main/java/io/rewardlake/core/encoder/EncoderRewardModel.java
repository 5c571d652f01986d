package io.rewardlake.core.encoder;

import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.core.model.RewardModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A member of the {@value ModelMetadata#ENCODER} family: a shared backbone and this member's head. Scoring alone
 * embeds each distinct prompt and response of the batch once; an ensemble whose members share a backbone is scored
 * by {@code core.vote.SharedBackboneScorer}, which embeds once for all of them.
 */
public final class EncoderRewardModel implements RewardModel {
  private final ModelMetadata metadata;
  private final TextEncoder backbone;
  private final EncoderHead head;

  public EncoderRewardModel(ModelMetadata metadata, TextEncoder backbone, EncoderHead head) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.backbone = Objects.requireNonNull(backbone, "backbone");
    this.head = Objects.requireNonNull(head, "head");
    if (head.inputs() != PairFeatures.size(backbone.dimension())) {
      throw new IllegalArgumentException("model " + metadata.modelId() + " has a head of " + head.inputs()
          + " inputs, but its backbone " + backbone.spec().modelId() + " gives " + backbone.dimension()
          + "-dimensional embeddings (" + PairFeatures.size(backbone.dimension()) + " inputs)");
    }
  }

  @Override
  public ModelMetadata metadata() {
    return metadata;
  }

  public TextEncoder backbone() {
    return backbone;
  }

  public EncoderHead head() {
    return head;
  }

  /** The reward from already computed embeddings of the prompt and the response. */
  public double reward(float[] prompt, float[] response) {
    return head.reward(PairFeatures.of(prompt, response));
  }

  @Override
  public float[] score(List<PromptResponse> batch) {
    Embedded embedded = Embedded.of(backbone, batch, EmbeddingLookup.NONE);
    float[] out = new float[batch.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) reward(embedded.prompt(i), embedded.response(i));
    }
    return out;
  }

  @Override
  public void close() {
    backbone.close();
  }

  /**
   * A batch's prompts and responses embedded by one backbone, each distinct text once, and only the texts
   * {@code stored} lacks.
   */
  public static final class Embedded {
    private final float[][] prompts;
    private final float[][] responses;

    private Embedded(float[][] prompts, float[][] responses) {
      this.prompts = prompts;
      this.responses = responses;
    }

    public static Embedded of(TextEncoder backbone, List<PromptResponse> batch, EmbeddingLookup stored) {
      EncoderSpec spec = backbone.spec();
      Map<String, Integer> distinct = new LinkedHashMap<>();
      int[] promptAt = new int[batch.size()];
      int[] responseAt = new int[batch.size()];
      for (int i = 0; i < batch.size(); i++) {
        promptAt[i] = distinct.computeIfAbsent(spec.promptText(batch.get(i).prompt()), text -> distinct.size());
        responseAt[i] = distinct.computeIfAbsent(spec.responseText(batch.get(i).response()),
            text -> distinct.size());
      }
      float[][] vectors = embed(backbone, new ArrayList<>(distinct.keySet()), stored);
      float[][] prompts = new float[batch.size()][];
      float[][] responses = new float[batch.size()][];
      for (int i = 0; i < batch.size(); i++) {
        prompts[i] = vectors[promptAt[i]];
        responses[i] = vectors[responseAt[i]];
      }
      return new Embedded(prompts, responses);
    }

    private static float[][] embed(TextEncoder backbone, List<String> texts, EmbeddingLookup stored) {
      float[][] vectors = new float[texts.size()][];
      List<Integer> missing = new ArrayList<>();
      String id = backbone.spec().modelId();
      for (int i = 0; i < vectors.length; i++) {
        vectors[i] = stored == EmbeddingLookup.NONE ? null : stored.find(id, TextHash.of(texts.get(i)));
        if (vectors[i] == null) {
          missing.add(i);
        }
      }
      if (!missing.isEmpty()) {
        float[][] computed = backbone.embed(missing.stream().map(texts::get).toList());
        for (int k = 0; k < computed.length; k++) {
          vectors[missing.get(k)] = computed[k];
        }
      }
      return vectors;
    }

    public float[] prompt(int index) {
      return prompts[index];
    }

    public float[] response(int index) {
      return responses[index];
    }
  }
}
