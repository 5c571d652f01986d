package io.rewardlake.jobs.bench;

import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@code bench-scale}.
 *
 * @param sizes corpus sizes in pairs, increasing
 * @param stages pipeline stages timed one by one, in pipeline order; synth first (the bench makes its corpora)
 * @param work folder for the lakes, one per size; null: a new temporary folder, deleted at the end
 * @param warmupPairs size of an untimed run first (JIT and Spark warm-up); 0: none
 * @param settings the pipeline settings every size shares (the packaged local config, --config, --set)
 */
public record BenchScaleConfig(List<Long> sizes, List<String> stages, String work, long warmupPairs,
    Map<String, String> settings) {
  /** Default sizes, as the command line takes them. */
  public static final String DEFAULT_SIZES = "100000,1000000";
  /** Default stages, as the command line takes them: what a user's scaled pipeline runs. */
  public static final String DEFAULT_STAGES = "synth,ingest,train,vote,clean";
  public static final long DEFAULT_WARMUP_PAIRS = 2_000;

  public BenchScaleConfig {
    sizes = List.copyOf(sizes);
    stages = List.copyOf(stages);
    settings = Map.copyOf(Objects.requireNonNull(settings, "settings"));
    if (sizes.isEmpty()) {
      throw new ConfigException("--sizes needs at least one size");
    }
    for (int i = 0; i < sizes.size(); i++) {
      if (sizes.get(i) < 1 || (i > 0 && sizes.get(i) <= sizes.get(i - 1))) {
        throw new ConfigException("--sizes must be positive and increasing, got " + sizes);
      }
    }
    if (warmupPairs < 0) {
      throw new ConfigException("--warmup-pairs must be 0 or more, got " + warmupPairs);
    }
    for (String stage : stages) {
      if (!ConfigKeys.ALL_STAGES.contains(stage)) {
        throw new ConfigException("unknown stage '" + stage + "'; stages: " + String.join(", ",
            ConfigKeys.ALL_STAGES));
      }
    }
    if (stages.isEmpty() || !stages.get(0).equals("synth")) {
      throw new ConfigException("--stages must start with synth: the bench generates each size's corpus, got "
          + stages);
    }
    List<String> ordered = ConfigKeys.ALL_STAGES.stream().filter(stages::contains).toList();
    if (!ordered.equals(stages) || stages.stream().distinct().count() != stages.size()) {
      throw new ConfigException("--stages must be distinct and in pipeline order (" + String.join(",", ordered)
          + "), got " + String.join(",", stages));
    }
  }
}
