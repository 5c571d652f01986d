package io.rewardlake.jobs.decontaminate;

import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Typed config of {@code decontaminate}: the benchmarks (at least one, distinct names) and the n-gram length. */
public record DecontaminateConfig(String lake, List<Benchmark> benchmarks, int ngram) {
  public DecontaminateConfig {
    Objects.requireNonNull(lake, "lake");
    benchmarks = List.copyOf(benchmarks);
  }

  public static DecontaminateConfig from(Settings settings) {
    List<Benchmark> benchmarks = settings.get(ConfigKeys.DECONTAMINATE_BENCHMARKS).stream()
        .map(Benchmark::parse).toList();
    if (benchmarks.isEmpty()) {
      throw new ConfigException("decontaminate needs at least one benchmark file: --benchmark FILE (repeatable) or "
          + ConfigKeys.DECONTAMINATE_BENCHMARKS.name() + " in the config");
    }
    Set<String> names = new HashSet<>();
    for (Benchmark benchmark : benchmarks) {
      if (!names.add(benchmark.name())) {
        throw new ConfigException("two benchmarks are named '" + benchmark.name() + "'; name them apart with"
            + " NAME=PATH, e.g. --benchmark mt-bench=" + benchmark.path());
      }
    }
    return new DecontaminateConfig(LakePaths.root(settings), benchmarks,
        settings.get(ConfigKeys.DECONTAMINATE_NGRAM));
  }
}
