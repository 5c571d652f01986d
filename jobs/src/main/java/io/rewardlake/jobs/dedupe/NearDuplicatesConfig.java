package io.rewardlake.jobs.dedupe;

import io.rewardlake.core.hygiene.Bands;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.Locale;
import java.util.Objects;

/**
 * Typed config of {@code near-duplicates}.
 *
 * @param of prompt or pair: what is compared
 * @param shingle words per shingle
 * @param threshold Jaccard similarity at or above which two texts are near duplicates
 * @param bands LSH bands
 * @param rows MinHash values per band
 */
public record NearDuplicatesConfig(String lake, String of, int shingle, double threshold, int bands, int rows) {
  /** Below this chance of meeting at the threshold, the banding would miss most near duplicates it is asked for. */
  static final double MIN_RECALL_AT_THRESHOLD = 0.5;

  public NearDuplicatesConfig {
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(of, "of");
  }

  public static NearDuplicatesConfig from(Settings settings) {
    NearDuplicatesConfig config = new NearDuplicatesConfig(LakePaths.root(settings),
        settings.get(ConfigKeys.NEAR_DUPLICATES_OF), settings.get(ConfigKeys.NEAR_DUPLICATES_SHINGLE),
        settings.get(ConfigKeys.NEAR_DUPLICATES_THRESHOLD), settings.get(ConfigKeys.NEAR_DUPLICATES_BANDS),
        settings.get(ConfigKeys.NEAR_DUPLICATES_ROWS));
    if (config.recallAtThreshold() < MIN_RECALL_AT_THRESHOLD) {
      throw new ConfigException(String.format(Locale.ROOT, "%d bands of %d rows find only %.0f%% of the texts at"
          + " similarity %.2f; use more bands (%s) or fewer rows (%s)", config.bands, config.rows,
          100 * config.recallAtThreshold(), config.threshold, ConfigKeys.NEAR_DUPLICATES_BANDS.name(),
          ConfigKeys.NEAR_DUPLICATES_ROWS.name()));
    }
    return config;
  }

  /** The chance that two texts exactly at the threshold become candidates. */
  public double recallAtThreshold() {
    return Bands.candidateProbability(threshold, bands, rows);
  }
}
