package io.rewardlake.core.judge;

/** How a pair's judging ended; the id is the value of {@code ai_labels.status}. */
public enum JudgeStatus {
  OK("ok"),
  /** The reply was not the protocol's shape, or the label tokens were missing from its log-probabilities. */
  MALFORMED("malformed"),
  /** The endpoint kept answering 429 or 5xx until the attempts ran out. */
  HTTP_ERROR("http_error"),
  /** Requests kept timing out until the attempts ran out. */
  TIMEOUT("timeout"),
  /** The endpoint could not be reached until the attempts ran out. */
  CONNECTION_ERROR("connection_error"),
  /** A 4xx other than 408/429: the request itself is wrong (model name, auth); retrying cannot help. */
  REJECTED("rejected"),
  /** The judge itself failed (a bug or a model that cannot score the input). */
  JUDGE_ERROR("judge_error");

  private final String id;

  JudgeStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
