package io.rewardlake.jobs.decontaminate;

import java.util.Objects;

/**
 * A benchmark file and the name its contaminated pairs are dropped under: {@code NAME=PATH}, or the file name without
 * its extensions.
 */
public record Benchmark(String name, String path) {
  public Benchmark {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
  }

  public static Benchmark parse(String spec) {
    int equals = spec.indexOf('=');
    if (equals > 0 && spec.substring(0, equals).matches("[A-Za-z0-9_.-]+")) {
      return new Benchmark(spec.substring(0, equals), spec.substring(equals + 1));
    }
    String file = spec.replaceAll("/+$", "");
    file = file.substring(file.lastIndexOf('/') + 1);
    String name = file.replaceAll("(\\.(gz|bz2|zst))$", "").replaceAll("\\.[A-Za-z0-9]+$", "");
    return new Benchmark(name.isEmpty() ? file : name, spec);
  }
}
