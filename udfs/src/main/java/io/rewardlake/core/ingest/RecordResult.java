package io.rewardlake.core.ingest;

import java.util.Objects;

/** The outcome of one input record: exactly one of accepted or rejected. */
public sealed interface RecordResult {

  /** The record became a pair. */
  record Accepted(ParsedPair pair) implements RecordResult {
    public Accepted {
      Objects.requireNonNull(pair, "pair");
    }
  }

  /** The record was rejected; {@code detail} says what exactly was wrong. */
  record Rejected(RejectReason reason, String detail) implements RecordResult {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }

    static Rejected of(RecordRejectedException e) {
      return new Rejected(e.reason(), e.getMessage());
    }
  }
}
