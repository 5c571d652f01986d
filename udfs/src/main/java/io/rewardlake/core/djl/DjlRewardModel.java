package io.rewardlake.core.djl;

import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.PromptResponse;
import io.rewardlake.core.model.RewardModel;
import io.rewardlake.core.neural.ComputeDevice;
import io.rewardlake.core.neural.LengthBuckets;
import io.rewardlake.core.neural.NeuralModelSpec;
import io.rewardlake.core.neural.Truncation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A sequence-classification reward model (family {@value NeuralModelSpec#REWARD_FAMILY}): each (prompt, response) is
 * written with the model's {@code prompt_format}, tokenised, cut to {@code max_length} keeping the end of the
 * response ({@link Truncation}), and scored in length-bucketed calls ({@link LengthBuckets}); the reward is logit
 * {@code reward_logit} of the {@code [batch, labels]} output. Loaded once per executor JVM and shared by its tasks.
 */
public final class DjlRewardModel implements RewardModel {
  private final ModelMetadata metadata;
  private final NeuralModelSpec spec;
  private final ComputeDevice device;
  private final HfTokenizer tokenizer;
  private final DjlNetwork network;
  private final long padId;
  /** The tokenizer's special tokens, probed once: encode runs for every input. */
  private final long[] prefix;
  private final long[] suffix;

  private DjlRewardModel(ModelMetadata metadata, NeuralModelSpec spec, ComputeDevice device, HfTokenizer tokenizer,
      DjlNetwork network) {
    this.metadata = metadata;
    this.spec = spec;
    this.device = device;
    this.tokenizer = tokenizer;
    this.network = network;
    this.padId = tokenizer.padId(spec.padToken());
    this.prefix = tokenizer.prefix();
    this.suffix = tokenizer.suffix();
    Truncation.budget(spec.maxLength(), prefix.length + suffix.length);
  }

  /** Loads the model in a local directory onto {@code device}. */
  public static DjlRewardModel load(Path directory, ModelMetadata metadata, NeuralModelSpec spec,
      ComputeDevice device) throws IOException {
    if (!spec.rewardModel()) {
      throw new IOException(directory + " holds a " + spec.family() + " model (a judge LM), not a reward model");
    }
    HfTokenizer tokenizer = new HfTokenizer(directory.resolve(spec.tokenizerFile()));
    try {
      return new DjlRewardModel(metadata, spec, device, tokenizer, DjlNetwork.load(directory, spec, device));
    } catch (IOException | RuntimeException e) {
      tokenizer.close();
      throw e;
    }
  }

  @Override
  public ModelMetadata metadata() {
    return metadata;
  }

  public ComputeDevice device() {
    return device;
  }

  /** The token ids the model sees for one input, after formatting and truncation (for tests and the benchmark). */
  public Truncation.Result encode(PromptResponse input) {
    Objects.requireNonNull(input, "input");
    return Truncation.keepEnd(prefix, tokenizer.ids(spec.promptFormat().context(input.prompt())),
        tokenizer.ids(spec.promptFormat().response(input.response())), suffix, spec.maxLength());
  }

  @Override
  public float[] score(List<PromptResponse> batch) {
    long[][] sequences = new long[batch.size()][];
    int[] lengths = new int[batch.size()];
    for (int i = 0; i < sequences.length; i++) {
      sequences[i] = encode(batch.get(i)).ids();
      lengths[i] = sequences[i].length;
    }
    float[] rewards = new float[batch.size()];
    for (int[] call : LengthBuckets.plan(lengths, spec.batchSize(), spec.maxBatchTokens())) {
      long[][] rows = new long[call.length][];
      for (int r = 0; r < call.length; r++) {
        rows[r] = sequences[call[r]];
      }
      DjlNetwork.Output output = network.forward(rows, padId);
      int labels = labelsPerRow(output, call.length);
      for (int r = 0; r < call.length; r++) {
        rewards[call[r]] = output.values()[r * labels + spec.rewardLogit()];
      }
    }
    return rewards;
  }

  private int labelsPerRow(DjlNetwork.Output output, int rows) {
    long[] shape = output.shape();
    int labels = shape.length == 1 ? 1 : (int) shape[shape.length - 1];
    if (shape.length > 2 || shape[0] != rows || spec.rewardLogit() >= labels) {
      throw new IllegalStateException("model " + spec.modelId() + " returned shape " + java.util.Arrays.toString(shape)
          + " for " + rows + " inputs; a reward model returns [batch] or [batch, labels] with reward_logit "
          + spec.rewardLogit() + " < labels");
    }
    return labels;
  }

  @Override
  public void close() {
    network.close();
    tokenizer.close();
  }
}
