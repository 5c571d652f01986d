package io.rewardlake.core.judge;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Judges a stream of items with at most {@code window} pairs in flight, yielding outcomes in the order they complete.
 * A sliding window, not batch-and-wait: one slow pair (a retry after a 429) does not idle the other slots, which is
 * what keeps an HTTP judge near its concurrency bound. Items are handed to the judge {@code batchSize} at a time so
 * a batching judge (the ensemble) still scores in batches.
 */
public final class JudgeStream implements Iterator<JudgeOutcome> {
  private final Iterator<JudgeItem> items;
  private final PairJudge judge;
  private final int batchSize;
  private final int window;
  private final LinkedBlockingQueue<JudgeOutcome> done = new LinkedBlockingQueue<>();
  /** Items handed to the judge whose outcome has not been returned by {@link #next()} yet. */
  private int inFlight;

  public JudgeStream(Iterator<JudgeItem> items, PairJudge judge, int batchSize, int window) {
    if (batchSize < 1 || window < batchSize) {
      throw new IllegalArgumentException("need 1 <= batchSize <= window, got " + batchSize + " and " + window);
    }
    this.items = items;
    this.judge = judge;
    this.batchSize = batchSize;
    this.window = window;
  }

  @Override
  public boolean hasNext() {
    fill();
    return inFlight > 0;
  }

  @Override
  public JudgeOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    try {
      JudgeOutcome outcome = done.take();
      inFlight--;
      return outcome;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the judge", e);
    }
  }

  private void fill() {
    while (inFlight + batchSize <= window && items.hasNext()) {
      List<JudgeItem> batch = new ArrayList<>(batchSize);
      while (batch.size() < batchSize && items.hasNext()) {
        batch.add(items.next());
      }
      inFlight += batch.size();
      List<CompletableFuture<JudgeOutcome>> futures = judge.judgeAll(batch);
      for (int i = 0; i < futures.size(); i++) {
        JudgeItem item = batch.get(i);
        futures.get(i).whenComplete((outcome, error) -> done.add(error == null ? outcome
            : JudgeOutcome.failed(item.pairId(), JudgeStatus.JUDGE_ERROR, String.valueOf(error), 0, 0,
                Usage.NONE)));
      }
    }
  }
}
