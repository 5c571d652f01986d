package io.rewardlake.core.ingest;

import java.util.Objects;

/** Raised inside parsing when a record cannot be accepted; turned into a reject row, never into a failed job. */
public final class RecordRejectedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final RejectReason reason;

  public RecordRejectedException(RejectReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public RejectReason reason() {
    return reason;
  }
}
