package io.rewardlake.core.djl;

import io.rewardlake.core.judge.Answer;
import io.rewardlake.core.judge.JudgeCallException;
import io.rewardlake.core.judge.JudgeStatus;
import io.rewardlake.core.judge.LanguageModel;
import io.rewardlake.core.neural.ComputeDevice;
import io.rewardlake.core.neural.NeuralModelSpec;
import io.rewardlake.core.neural.Truncation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A causal LM run locally through DJL as an RLAIF judge backend (family {@value NeuralModelSpec#JUDGE_FAMILY}): the
 * same prompts as the HTTP backend, answered from the model's next-token logits at the answer position. A prompt is
 * the tokenizer's prefix specials plus the prompt's tokens, cut to {@code max_length} keeping the end (where the
 * question and the answer position are, {@link Truncation#keepEnd(long[], long[], int)}). Requests from all tasks of
 * the JVM are batched dynamically by one worker ({@link NextTokenBatcher}).
 *
 * <p>{@link #generate} decodes greedily and re-runs the full forward pass for every new token: there is no KV cache,
 * because exports without past key values take only {@code input_ids} and {@code attention_mask}. That makes long
 * chain-of-thought rationales slow on big models (quadratic in their length); label reading costs one pass.
 *
 * <p>A call fails only with {@link JudgeCallException} (status {@code judge_error}); it is never retried, so every
 * answer counts one attempt.
 */
public final class DjlLanguageModel implements LanguageModel, AutoCloseable {
  /** Alternatives reported at the answer position when not configured, as OpenAI's maximum. */
  public static final int DEFAULT_TOP_LOGPROBS = 20;

  private final NeuralModelSpec spec;
  private final ComputeDevice device;
  private final HfTokenizer tokenizer;
  private final DjlNetwork network;
  private final NextTokenBatcher batcher;
  private final long[] answerTokens;
  private final long eosId;
  private final int topLogprobs;

  private DjlLanguageModel(NeuralModelSpec spec, ComputeDevice device, HfTokenizer tokenizer, DjlNetwork network,
      int topLogprobs) {
    this.spec = spec;
    this.device = device;
    this.tokenizer = tokenizer;
    this.network = network;
    this.topLogprobs = topLogprobs;
    this.answerTokens = AnswerTokens.ids(tokenizer);
    this.eosId = eosId(tokenizer, spec);
    Truncation.budget(spec.maxLength(), tokenizer.prefix().length);
    long padId = tokenizer.padId(spec.padToken());
    this.batcher = new NextTokenBatcher(spec.modelId(), rows -> network.forward(rows, padId), spec.batchSize(),
        spec.maxBatchTokens());
  }

  /**
   * Loads the judge LM in a local directory onto {@code device}.
   *
   * @param topLogprobs how many of the most likely tokens {@link #answerLogprobs} reports besides the label tokens
   */
  public static DjlLanguageModel load(Path directory, NeuralModelSpec spec, ComputeDevice device, int topLogprobs)
      throws IOException {
    if (spec.rewardModel()) {
      throw new IOException(directory + " holds a reward model (family " + spec.family() + "), not a judge LM"
          + " (family " + NeuralModelSpec.JUDGE_FAMILY + ")");
    }
    if (topLogprobs < 1) {
      throw new IllegalArgumentException("top logprobs must be at least 1, got " + topLogprobs);
    }
    HfTokenizer tokenizer = new HfTokenizer(directory.resolve(spec.tokenizerFile()));
    DjlNetwork network = null;
    try {
      network = DjlNetwork.load(directory, spec, device);
      return new DjlLanguageModel(spec, device, tokenizer, network, topLogprobs);
    } catch (IOException | RuntimeException e) {
      if (network != null) {
        network.close();
      }
      tokenizer.close();
      throw e;
    }
  }

  /** {@code djl:<model_id>}, the {@code ai_labels.judge_id} of a model directory's judge. */
  public static String judgeId(NeuralModelSpec spec) {
    return "djl:" + spec.modelId();
  }

  @Override
  public String id() {
    return judgeId(spec);
  }

  public ComputeDevice device() {
    return device;
  }

  /** The ids the model sees for {@code prompt}: prefix specials, then the prompt's end within max_length. */
  public long[] encode(String prompt) {
    return Truncation.keepEnd(tokenizer.prefix(), tokenizer.ids(prompt), spec.maxLength());
  }

  @Override
  public CompletableFuture<Answer<Map<String, Double>>> answerLogprobs(String prompt) {
    return call(() -> encode(prompt), ids -> batcher.submit(ids).thenApply(logits -> TokenLogprobs.of(
        logits.values(), logits.offset(), logits.vocab(), topLogprobs, answerTokens, tokenizer::tokenText)));
  }

  @Override
  public CompletableFuture<Answer<String>> generate(String prompt, int maxTokens) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("max tokens must be at least 1, got " + maxTokens);
    }
    return call(() -> tokenizer.ids(prompt), text -> step(text, new long[0], maxTokens)
        .thenApply(tokenizer::decode));
  }

  /** One greedy step: the next token of prompt + generated so far, then the rest, until eos or the limit. */
  private CompletableFuture<long[]> step(long[] text, long[] generated, int maxTokens) {
    long[] sequence = Arrays.copyOf(text, text.length + generated.length);
    System.arraycopy(generated, 0, sequence, text.length, generated.length);
    return batcher.submit(Truncation.keepEnd(tokenizer.prefix(), sequence, spec.maxLength())).thenCompose(logits -> {
      long next = TokenLogprobs.argmax(logits.values(), logits.offset(), logits.vocab());
      if (next == eosId) {
        return CompletableFuture.completedFuture(generated);
      }
      long[] longer = Arrays.copyOf(generated, generated.length + 1);
      longer[generated.length] = next;
      return longer.length == maxTokens ? CompletableFuture.completedFuture(longer) : step(text, longer, maxTokens);
    });
  }

  /** Tokenises in the caller's thread, runs {@code work}, and turns any failure into a {@link JudgeCallException}. */
  private <I, T> CompletableFuture<Answer<T>> call(java.util.function.Supplier<I> input,
      Function<I, CompletableFuture<T>> work) {
    CompletableFuture<Answer<T>> result = new CompletableFuture<>();
    try {
      work.apply(input.get()).whenComplete((value, error) -> {
        if (error == null) {
          result.complete(new Answer<>(value, 1));
        } else {
          result.completeExceptionally(failure(error));
        }
      });
    } catch (RuntimeException e) {
      result.completeExceptionally(failure(e));
    }
    return result;
  }

  private JudgeCallException failure(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return new JudgeCallException(JudgeStatus.JUDGE_ERROR, id() + " on " + device + " failed: " + cause, 1);
  }

  private static long eosId(HfTokenizer tokenizer, NeuralModelSpec spec) {
    if (spec.eosToken() == null) {
      return -1;
    }
    long id = tokenizer.tokenId(spec.eosToken());
    if (id < 0) {
      throw new IllegalArgumentException("eos_token '" + spec.eosToken() + "' is not a token of the tokenizer");
    }
    return id;
  }

  /** The most requests one model call took so far (for tests: proof that concurrent requests were batched). */
  int largestBatch() {
    return batcher.largestBatch();
  }

  /** Stops the batching worker (waiting requests fail), then frees the model's native memory. */
  @Override
  public void close() {
    batcher.close();
    network.close();
    tokenizer.close();
  }
}
