package io.rewardlake.core.judge;

/**
 * The judge's answer has no usable log-probabilities for the label tokens: a row status ({@code malformed}), not a
 * crash. The message says what was missing and which tokens were there. A reply body that is not complete JSON (a
 * proxy cut it short, an error page) is {@link #incompleteBody}: worth asking again, unlike a well-formed reply that
 * lacks what we need.
 */
public final class MalformedLogprobsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean incompleteBody;

  public MalformedLogprobsException(String message) {
    this(message, false);
  }

  private MalformedLogprobsException(String message, boolean incompleteBody) {
    super(message);
    this.incompleteBody = incompleteBody;
  }

  /** The body was empty or not complete JSON: transient, retried like a 5xx. */
  public static MalformedLogprobsException ofIncompleteBody(String message) {
    return new MalformedLogprobsException(message, true);
  }

  public boolean incompleteBody() {
    return incompleteBody;
  }
}
