package io.rewardlake.jobs.label;

import io.rewardlake.core.judge.http.ApiKey;
import io.rewardlake.jobs.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where a judge's API key comes from: a file ({@code judge.api_key_file}, e.g. a mounted Kubernetes secret) or an
 * environment variable ({@code judge.api_key_env}), never a command-line argument or config value, which end up in
 * shell histories, process lists and Airflow logs. Messages name the variable or file, never the key.
 */
public final class ApiKeys {
  private ApiKeys() {}

  /**
   * The key from {@code file} when one is named (it must be readable and non-empty), else from the variable
   * {@code variable} in {@code environment}; {@link ApiKey#none()} when that is unset (local servers need none).
   */
  public static ApiKey resolve(String variable, String file, UnaryOperator<String> environment) {
    if (!file.isBlank()) {
      return fromFile(Path.of(file));
    }
    return variable.isBlank() ? ApiKey.none() : ApiKey.of(environment.apply(variable));
  }

  /** Where the key was read from, for the summary: the variable or file, not the key. */
  public static String describe(ApiKey key, String variable, String file) {
    if (!file.isBlank()) {
      return "API key from file " + file;
    }
    return key.present() ? "API key from $" + variable : "no API key ($" + variable + " is unset)";
  }

  private static ApiKey fromFile(Path file) {
    try {
      ApiKey key = ApiKey.of(Files.readString(file, StandardCharsets.UTF_8));
      if (!key.present()) {
        throw new ConfigException("The API key file " + file + " is empty; write the key into it or unset"
            + " judge.api_key_file to use the variable judge.api_key_env names.");
      }
      return key;
    } catch (IOException e) {
      throw new ConfigException("Cannot read the API key file " + file + " (" + e.getClass().getSimpleName()
          + "); check judge.api_key_file and the file's permissions.");
    }
  }
}
