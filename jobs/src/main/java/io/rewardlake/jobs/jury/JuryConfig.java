package io.rewardlake.jobs.jury;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.List;
import java.util.Objects;

/**
 * Typed config of {@code jury}.
 *
 * @param judges judge ids from ai_labels; empty = every judge with ok labels
 * @param ensemble a strength ensemble voting beside the judges; empty = none
 */
public record JuryConfig(String lake, String juryId, List<String> judges, String ensemble) {
  public JuryConfig {
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(juryId, "juryId");
    judges = List.copyOf(judges);
    Objects.requireNonNull(ensemble, "ensemble");
  }

  public static JuryConfig from(Settings settings) {
    return new JuryConfig(LakePaths.root(settings), settings.get(ConfigKeys.JURY_ID),
        settings.get(ConfigKeys.JURY_JUDGES), settings.get(ConfigKeys.JURY_ENSEMBLE));
  }
}
