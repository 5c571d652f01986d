package io.rewardlake.core.judge.http;

import java.io.Serializable;

/**
 * An endpoint's API key, read from an environment variable or a file by the driver. It goes only into the
 * {@code Authorization} header: {@link #toString()} hides it, and {@link #redact} scrubs it from any text that
 * leaves the client (error messages quote reply bodies, and a server may echo what it was sent).
 */
public final class ApiKey implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ApiKey NONE = new ApiKey("");

  private final String value;

  private ApiKey(String value) {
    this.value = value;
  }

  /** For endpoints without authentication (a local vLLM, llama.cpp's server). */
  public static ApiKey none() {
    return NONE;
  }

  public static ApiKey of(String value) {
    String key = value == null ? "" : value.strip();
    return key.isEmpty() ? NONE : new ApiKey(key);
  }

  public boolean present() {
    return !value.isEmpty();
  }

  /** The header value; only the HTTP client calls this. */
  String bearer() {
    return "Bearer " + value;
  }

  /** {@code text} with every occurrence of the key replaced by {@code ***}. */
  public String redact(String text) {
    return text == null || value.isEmpty() ? text : text.replace(value, "***");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKey key && key.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return present() ? "ApiKey[***]" : "ApiKey[none]";
  }
}
