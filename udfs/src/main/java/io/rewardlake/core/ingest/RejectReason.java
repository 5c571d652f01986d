package io.rewardlake.core.ingest;

/** Why a record was rejected; the name is the code stored in {@code rejects.reason}. */
public enum RejectReason {
  MALFORMED_JSON("the line is not one valid JSON value"),
  WRONG_TYPE("a record or field has the wrong JSON type"),
  MISSING_FIELD("a required field is absent or null"),
  CONFLICTING_FIELDS("the record mixes chosen/rejected with response_a/response_b (or labels), or gives labels twice"),
  INVALID_LABEL("label is not \"a\", \"b\", \"tie\" or a number in [0, 1]"),
  EMPTY_RESPONSE("a response is empty or white space only"),
  IDENTICAL_RESPONSES("both responses are the same text after normalisation"),
  NO_ASSISTANT_TURN("an hh-rlhf transcript has no assistant turn"),
  NOT_ASSISTANT_FINAL("an hh-rlhf transcript ends with a human turn"),
  NO_SHARED_PREFIX("hh-rlhf transcripts share no conversation before an assistant turn"),
  TRANSCRIPTS_DIVERGE("hh-rlhf transcripts differ before their final exchange"),
  OVERSIZE_TEXT("a text or the whole record exceeds the configured size limit"),
  INVALID_ENCODING("the record's bytes are not valid UTF-8");

  private final String description;

  RejectReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
