package io.rewardlake.core.judge;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A backend call that has finished either way, with the calls it cost. Lets a judge wait for all of a pair's calls
 * (so the attempt count is complete) and then decide the pair's outcome in one place.
 */
record Settled<T>(T value, JudgeCallException failure, int attempts, Usage usage) {

  static <T> CompletableFuture<Settled<T>> of(CompletableFuture<Answer<T>> call) {
    return call.handle((answer, error) -> error == null
        ? new Settled<>(answer.value(), null, answer.attempts(), answer.usage())
        : failed(error, 0, Usage.NONE));
  }

  /** Runs {@code next} on this value when this call worked; the result carries both calls' attempts and usage. */
  <U> CompletableFuture<Settled<U>> then(Function<T, CompletableFuture<Answer<U>>> next) {
    if (failure != null) {
      return CompletableFuture.completedFuture(new Settled<>(null, failure, attempts, usage));
    }
    CompletableFuture<Answer<U>> call;
    try {
      call = next.apply(value);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(failed(e, attempts, usage));
    }
    return of(call).thenApply(settled -> new Settled<>(settled.value, settled.failure, attempts + settled.attempts,
        usage.plus(settled.usage)));
  }

  boolean ok() {
    return failure == null;
  }

  private static <T> Settled<T> failed(Throwable error, int attemptsBefore, Usage usageBefore) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof JudgeCallException call) {
      return new Settled<>(null, call, attemptsBefore + call.attempts(), usageBefore);
    }
    JudgeCallException wrapped = new JudgeCallException(JudgeStatus.JUDGE_ERROR,
        cause.getClass().getSimpleName() + ": " + cause.getMessage(), 1);
    return new Settled<>(null, wrapped, attemptsBefore + 1, usageBefore);
  }
}
