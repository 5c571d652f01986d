package io.rewardlake.core.judge.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Admission for requests to one endpoint, shared by every task of an executor: at most {@code permits} requests in
 * flight, and (when {@code perSecond > 0}) starts spaced at least {@code 1/perSecond} apart. Asynchronous: a waiting
 * request holds no thread, so a few task threads can keep hundreds of requests queued. A request keeps its permit
 * until its reply arrives and what waits on it synchronously has run; a retry waits for a new permit, so backoff
 * sleeps never hold one.
 */
public final class RequestGate {
  private final ScheduledExecutorService scheduler;
  private final LongSupplier nanoClock;
  private final long intervalNanos;
  private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
  private int available;
  private long nextStartNanos;

  public RequestGate(int permits, double perSecond, ScheduledExecutorService scheduler) {
    this(permits, perSecond, scheduler, System::nanoTime);
  }

  RequestGate(int permits, double perSecond, ScheduledExecutorService scheduler, LongSupplier nanoClock) {
    if (permits < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + permits);
    }
    if (perSecond < 0 || Double.isNaN(perSecond)) {
      throw new IllegalArgumentException("rate limit must be >= 0 requests/s (0 = none), got " + perSecond);
    }
    this.available = permits;
    this.intervalNanos = perSecond == 0 ? 0 : (long) (1e9 / perSecond);
    this.scheduler = scheduler;
    this.nanoClock = nanoClock;
    this.nextStartNanos = nanoClock.getAsLong();
  }

  /**
   * Runs {@code request} once a permit and a rate slot are free; the permit returns once its future completed and the
   * returned future's synchronous dependents ran.
   */
  public <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> request) {
    CompletableFuture<T> result = new CompletableFuture<>();
    synchronized (this) {
      waiting.add(() -> start(request, result));
    }
    drain();
    return result;
  }

  /** Requests waiting for a permit. */
  public synchronized int waiting() {
    return waiting.size();
  }

  private void drain() {
    List<Runnable> starts = new ArrayList<>();
    synchronized (this) {
      while (available > 0 && !waiting.isEmpty()) {
        available--;
        starts.add(waiting.poll());
      }
    }
    starts.forEach(Runnable::run);
  }

  private <T> void start(Supplier<CompletableFuture<T>> request, CompletableFuture<T> result) {
    long delay = reserveSlot();
    if (delay <= 0) {
      send(request, result);
    } else {
      scheduler.schedule(() -> send(request, result), delay, TimeUnit.NANOSECONDS);
    }
  }

  private <T> void send(Supplier<CompletableFuture<T>> request, CompletableFuture<T> result) {
    CompletableFuture<T> call;
    try {
      call = request.get();
    } catch (RuntimeException e) {
      release();
      result.completeExceptionally(e);
      return;
    }
    // The permit returns after the result's dependents ran (they parse the reply and, behind a cache, spool it),
    // not before: the next request must not start while a paid reply is still only in memory, or a killed run could
    // lose more replies than it had requests in flight.
    call.whenComplete((value, error) -> {
      try {
        if (error != null) {
          result.completeExceptionally(error);
        } else {
          result.complete(value);
        }
      } finally {
        release();
      }
    });
  }

  /** Nanoseconds until this request may start under the rate limit; books its slot. */
  private synchronized long reserveSlot() {
    if (intervalNanos == 0) {
      return 0;
    }
    long now = nanoClock.getAsLong();
    long start = Math.max(now, nextStartNanos);
    nextStartNanos = start + intervalNanos;
    return start - now;
  }

  private void release() {
    synchronized (this) {
      available++;
    }
    drain();
  }
}
