package io.rewardlake.jobs.config;

/** A usage or configuration error, found before Spark starts; the CLI reports it and exits with code 2. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
