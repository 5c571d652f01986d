package io.rewardlake.jobs.bench;

import io.rewardlake.core.repr.Objective;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.train.TrainConfig;
import java.util.List;
import java.util.Objects;

/**
 * Settings of {@code bench-objectives}.
 *
 * @param train train settings shared by every run (hidden-layer settings, members, features, MetaRM samples)
 * @param objectives the objectives compared, in order
 * @param seeds runs per objective, with seeds train.seed, train.seed + 1, ...
 */
public record BenchObjectivesConfig(TrainConfig train, List<Objective> objectives, int seeds) {
  public BenchObjectivesConfig {
    Objects.requireNonNull(train, "train");
    objectives = List.copyOf(objectives);
    if (!train.representation().hiddenLayer()) {
      throw new IllegalStateException("bench-objectives needs the hidden-layer settings resolved");
    }
    if (seeds < 1 || objectives.isEmpty()) {
      throw new ConfigException("--seeds must be >= 1 and --objectives non-empty, got " + seeds + ", " + objectives);
    }
  }
}
