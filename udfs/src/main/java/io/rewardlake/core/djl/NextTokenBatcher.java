package io.rewardlake.core.djl;

import io.rewardlake.core.neural.LengthBuckets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dynamic batching of next-token requests for one loaded causal LM. Callers (many tasks, many pairs in flight) only
 * enqueue token ids; one worker thread takes whatever is waiting, up to {@code batchSize} sequences, cuts it into
 * length-bucketed calls ({@link LengthBuckets}), runs them and completes each request with the logits at its last
 * real position. There is no waiting window: while one call runs, new requests pile up and form the next batch, so a
 * busy model batches fully and an idle one answers at once. Rows are right-padded and the model is causal, so a
 * row's logits do not depend on what it was batched with.
 *
 * <p>Futures complete on the worker thread; their dependants must be cheap (turning logits into log-probabilities
 * is), since the next batch waits for them.
 */
final class NextTokenBatcher implements AutoCloseable {
  /** The model call: right-padded rows in, {@code [rows, width, vocab]} logits out. */
  interface Network {
    DjlNetwork.Output forward(long[][] rows);
  }

  /** Next-token logits of one request: {@code vocab} values of {@code values} from {@code offset} (shared, read-only). */
  record Logits(float[] values, int offset, int vocab) {}

  private record Request(long[] ids, CompletableFuture<Logits> result) {}

  private final Network network;
  private final int batchSize;
  private final int maxBatchTokens;
  private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
  private final Thread worker;
  private final AtomicInteger largestBatch = new AtomicInteger();
  private volatile boolean closed;

  NextTokenBatcher(String name, Network network, int batchSize, int maxBatchTokens) {
    this.network = network;
    this.batchSize = batchSize;
    this.maxBatchTokens = maxBatchTokens;
    this.worker = new Thread(this::work, "rewardlake-djl-" + name);
    worker.setDaemon(true);
    worker.start();
  }

  /** The logits after {@code ids} (the model's input as is: specials included, already truncated). */
  CompletableFuture<Logits> submit(long[] ids) {
    CompletableFuture<Logits> result = new CompletableFuture<>();
    if (ids.length == 0) {
      result.completeExceptionally(new IllegalArgumentException("an empty sequence has no next token"));
      return result;
    }
    queue.add(new Request(ids, result));
    if (closed) {
      failPending();
    }
    return result;
  }

  /** The most sequences one drain of the queue took (for tests: proof that requests were batched). */
  int largestBatch() {
    return largestBatch.get();
  }

  private void work() {
    while (!closed) {
      List<Request> batch = new ArrayList<>();
      try {
        Request first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
      } catch (InterruptedException e) {
        break;
      }
      queue.drainTo(batch, batchSize - 1);
      largestBatch.accumulateAndGet(batch.size(), Math::max);
      run(batch);
    }
    failPending();
  }

  private void run(List<Request> batch) {
    int[] lengths = batch.stream().mapToInt(request -> request.ids().length).toArray();
    for (int[] call : LengthBuckets.plan(lengths, batchSize, maxBatchTokens)) {
      List<Request> requests = Arrays.stream(call).mapToObj(batch::get).toList();
      try {
        complete(requests, network.forward(requests.stream().map(Request::ids).toArray(long[][]::new)));
      } catch (RuntimeException | Error e) {
        // One failed call fails its own requests only; the worker lives on for the others.
        requests.forEach(request -> request.result().completeExceptionally(e));
      }
    }
  }

  private static void complete(List<Request> requests, DjlNetwork.Output output) {
    long[] shape = output.shape();
    int width = requests.stream().mapToInt(request -> request.ids().length).max().orElse(0);
    if (shape.length != 3 || shape[0] != requests.size() || shape[1] != width) {
      throw new IllegalStateException("a causal LM returns logits [batch, sequence, vocab]; got shape "
          + Arrays.toString(shape) + " for " + requests.size() + " sequences of up to " + width + " tokens"
          + " (export the model with its full logits, task text-generation, without past key values)");
    }
    int vocab = (int) shape[2];
    for (int row = 0; row < requests.size(); row++) {
      int last = requests.get(row).ids().length - 1;
      requests.get(row).result().complete(new Logits(output.values(), (row * width + last) * vocab, vocab));
    }
  }

  private void failPending() {
    Request request;
    while ((request = queue.poll()) != null) {
      request.result().completeExceptionally(new IllegalStateException("the model was closed"));
    }
  }

  /** Stops the worker; requests still waiting fail. Waits for a call in progress to end before returning. */
  @Override
  public void close() {
    closed = true;
    worker.interrupt();
    try {
      worker.join(TimeUnit.MINUTES.toMillis(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    failPending();
  }
}
