package io.rewardlake.jobs.clean;

import io.rewardlake.core.clean.CleaningPolicy;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.Objects;

/**
 * Typed config of {@code clean}.
 *
 * @param ensembleId ensemble whose {@code strength} rows the policy acts on
 * @param policy the policy as written (quantile thresholds unresolved until the job sees the corpus)
 * @param policySource where it came from, e.g. {@code preset secrets-ii} or {@code file /abs/path.yaml}
 * @param voteCheck refuse, warn or off: what happens when the vote is no better than a trivial baseline
 * @param minVoteEdge how much better it must be
 * @param lengthDebias clean on the strength with its least-squares length slope taken out
 * @param nearDuplicates keep every near duplicate, or keep one pair per prompt or pair cluster
 */
public record CleanConfig(String lake, String ensembleId, CleaningPolicy policy, String policySource,
    String voteCheck, double minVoteEdge, boolean lengthDebias, String nearDuplicates) {
  /** The {@code clean.near_duplicates} value that keeps every pair. */
  public static final String KEEP_NEAR_DUPLICATES = "keep";


  public CleanConfig {
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(ensembleId, "ensembleId");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(policySource, "policySource");
    Objects.requireNonNull(nearDuplicates, "nearDuplicates");
  }

  /** From settings; the policy is loaded and validated here, before Spark starts. */
  public static CleanConfig from(Settings settings) {
    String policy = settings.get(ConfigKeys.CLEAN_POLICY);
    return new CleanConfig(LakePaths.root(settings), settings.get(ConfigKeys.CLEAN_ENSEMBLE), Policies.load(policy),
        Policies.source(policy), settings.get(ConfigKeys.CLEAN_VOTE_CHECK),
        settings.get(ConfigKeys.CLEAN_MIN_VOTE_EDGE), settings.get(ConfigKeys.CLEAN_LENGTH_DEBIAS),
        settings.get(ConfigKeys.CLEAN_NEAR_DUPLICATES));
  }
}
