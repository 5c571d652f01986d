package io.rewardlake.jobs;

/**
 * A user-facing failure at run time (missing input, schema drift, unreadable table): the message says what is wrong,
 * why, and how to fix it. The CLI prints it without a stack trace and exits with code 1. Build them in {@link Errors}.
 */
public final class RewardLakeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RewardLakeException(String problem, String fix, Throwable cause) {
    super(problem + "\n  Fix: " + fix, cause);
  }
}
