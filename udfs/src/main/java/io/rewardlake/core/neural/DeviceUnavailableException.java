package io.rewardlake.core.neural;

/** The configured device cannot be used on this executor; the message says what to change. */
public final class DeviceUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DeviceUnavailableException(String message) {
    super(message);
  }
}
