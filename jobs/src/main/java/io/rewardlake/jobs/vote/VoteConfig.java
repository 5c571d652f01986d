package io.rewardlake.jobs.vote;

import io.rewardlake.core.vote.VoteMode;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.Objects;

/**
 * Typed config of {@code vote}.
 *
 * @param ensemble an ensemble id in {@code models} or an ensemble directory
 * @param mode which members vote on a pair
 * @param batchSize pairs per scoring batch
 * @param partitions partitions voted in; 0 keeps the table's layout
 * @param modeChosen whether the user set the mode (else it is the default, and an ensemble that cannot vote out of
 *     fold, such as one assembled from external models, votes with mode all instead of failing)
 */
public record VoteConfig(String lake, String ensemble, VoteMode mode, int batchSize, int partitions,
    boolean modeChosen) {
  public VoteConfig {
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(ensemble, "ensemble");
    Objects.requireNonNull(mode, "mode");
  }

  public static VoteConfig from(Settings settings) {
    return new VoteConfig(LakePaths.root(settings), settings.get(ConfigKeys.VOTE_ENSEMBLE),
        VoteMode.of(settings.get(ConfigKeys.VOTE_MODE)), settings.get(ConfigKeys.VOTE_BATCH_SIZE),
        settings.get(ConfigKeys.VOTE_PARTITIONS), settings.isSet(ConfigKeys.VOTE_MODE));
  }
}
