package io.rewardlake.jobs.train;

import io.rewardlake.core.repr.Objective;
import io.rewardlake.core.repr.RepresentationSettings;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.Objects;

/**
 * The objective of {@code train} and, when it needs a hidden layer, how that is trained.
 *
 * @param objective bt, contrastive, metarm or contrastive+metarm
 * @param settings hidden-layer training settings; null when the linear family is trained (bt, no hidden units)
 * @param metarmSamples the shifted (prompt, response) samples for MetaRM; empty otherwise
 */
public record RepresentationConfig(Objective objective, RepresentationSettings settings, String metarmSamples) {
  /** Hidden units when a representation objective is chosen and train.hidden_units is left at 0. */
  static final int DEFAULT_HIDDEN = 16;

  public RepresentationConfig {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(metarmSamples, "metarmSamples");
  }

  /** The linear family, trained by L-BFGS as before this option existed. */
  public static RepresentationConfig linear() {
    return new RepresentationConfig(Objective.BT, null, "");
  }

  public boolean hiddenLayer() {
    return settings != null;
  }

  static RepresentationConfig from(Settings settings) {
    Objective objective = Objective.of(settings.get(ConfigKeys.TRAIN_OBJECTIVE));
    int hidden = settings.get(ConfigKeys.TRAIN_HIDDEN_UNITS);
    if (objective == Objective.BT && hidden == 0) {
      return linear();
    }
    String samples = settings.get(ConfigKeys.TRAIN_METARM_SAMPLES);
    if (objective.meta() && samples.isBlank()) {
      throw Errors.metarmWithoutSamples(objective.id());
    }
    return new RepresentationConfig(objective, settings(settings, objective, hidden == 0 ? DEFAULT_HIDDEN : hidden),
        samples.isBlank() ? "" : LakePaths.qualify(samples));
  }

  private static RepresentationSettings settings(Settings settings, Objective objective, int hidden) {
    try {
      return new RepresentationSettings(objective, hidden, settings.get(ConfigKeys.TRAIN_MAX_ITERATIONS),
          settings.get(ConfigKeys.TRAIN_LEARNING_RATE), settings.get(ConfigKeys.TRAIN_L2),
          settings.get(ConfigKeys.TRAIN_LABEL_SMOOTHING), settings.get(ConfigKeys.TRAIN_CONTRASTIVE_WEIGHT),
          settings.get(ConfigKeys.TRAIN_CONTRASTIVE_TEMPERATURE), settings.get(ConfigKeys.TRAIN_FEATURE_DROPOUT),
          settings.get(ConfigKeys.TRAIN_CONTRASTIVE_BATCH), settings.get(ConfigKeys.TRAIN_METARM_INNER_STEP),
          settings.get(ConfigKeys.TRAIN_METARM_MIX), settings.get(ConfigKeys.TRAIN_SEED));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Invalid representation training settings: " + e.getMessage());
    }
  }
}
