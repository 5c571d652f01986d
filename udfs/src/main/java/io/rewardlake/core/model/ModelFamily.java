package io.rewardlake.core.model;

import java.io.IOException;
import java.util.List;

/**
 * How one family of reward models is loaded from its directory, keyed by the {@code family} its {@code model.json}
 * names. Families are found through {@link java.util.ServiceLoader} (see {@link ModelFamilies}), as DJL finds its
 * engines: a new family is one implementation plus one line in
 * {@code META-INF/services/io.rewardlake.core.model.ModelFamily}, and the store needs no change.
 */
public interface ModelFamily {
  /** The {@code family} values this implementation loads (usually one). */
  List<String> ids();

  /**
   * Whether the directory's {@code model.json} was written by its user rather than by RewardLake, so that
   * provenance fields (ensemble, member index, training subset) are optional in it.
   */
  default boolean external() {
    return false;
  }

  /** Loads the model; {@code assignedGpus} are the GPUs Spark assigned to the task (empty if none). */
  RewardModel load(ModelFiles directory, ModelMetadata metadata, List<String> assignedGpus) throws IOException;
}
