package io.rewardlake.jobs.lake;

/** How a write changes a table; each is one atomic Delta commit. */
public enum WriteMode {
  /** Add rows. */
  APPEND,
  /** Replace all rows. */
  OVERWRITE
}
