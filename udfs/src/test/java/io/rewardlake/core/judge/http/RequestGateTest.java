package io.rewardlake.core.judge.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestGateTest {
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void neverMoreThanThePermitsInFlightAndEveryRequestRuns() {
    RequestGate gate = new RequestGate(3, 0, scheduler);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int id = i;
      results.add(gate.submit(() -> {
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        CompletableFuture<Integer> reply = new CompletableFuture<>();
        scheduler.schedule(() -> {
          inFlight.decrementAndGet();
          reply.complete(id);
        }, 2, TimeUnit.MILLISECONDS);
        return reply;
      }));
    }
    assertThat(results.stream().map(CompletableFuture::join).toList()).hasSize(40).doesNotHaveDuplicates();
    assertThat(most.get()).isEqualTo(3);
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void theNextRequestWaitsUntilTheReplyWasHandled() {
    RequestGate gate = new RequestGate(1, 0, scheduler);
    CompletableFuture<String> reply = new CompletableFuture<>();
    AtomicInteger started = new AtomicInteger();
    List<Integer> startedWhileHandling = new ArrayList<>();
    gate.submit(() -> reply).thenAccept(value -> startedWhileHandling.add(started.get()));
    CompletableFuture<String> next = gate.submit(() -> {
      started.incrementAndGet();
      return CompletableFuture.completedFuture("next");
    });
    assertThat(started).hasValue(0);

    reply.complete("first");

    assertThat(startedWhileHandling).as("requests started while the first reply was handled").containsExactly(0);
    assertThat(next.join()).isEqualTo("next");
    assertThat(started).hasValue(1);
  }

  @Test
  void aFailedRequestReturnsItsPermit() {
    RequestGate gate = new RequestGate(1, 0, scheduler);
    CompletableFuture<String> failed = gate.submit(() -> CompletableFuture.failedFuture(new IllegalStateException("x")));
    CompletableFuture<String> thrown = gate.submit(() -> {
      throw new IllegalStateException("y");
    });
    assertThat(failed).isCompletedExceptionally();
    assertThat(thrown).isCompletedExceptionally();
    assertThat(gate.submit(() -> CompletableFuture.completedFuture("ok")).join()).isEqualTo("ok");
  }

  @Test
  void theRateLimitSpacesStarts() {
    long[] clock = {0};
    RequestGate gate = new RequestGate(100, 10, scheduler, () -> clock[0]);
    List<Long> starts = new ArrayList<>();
    List<CompletableFuture<Long>> results = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      results.add(gate.submit(() -> CompletableFuture.completedFuture(System.nanoTime())));
    }
    results.forEach(result -> starts.add(result.join()));
    // With the clock frozen, starts are booked 0, 100 and 200 ms out: the last waits at least 200 ms of real time.
    assertThat(starts.get(2) - starts.get(0)).isGreaterThanOrEqualTo(190_000_000L);
  }
}
