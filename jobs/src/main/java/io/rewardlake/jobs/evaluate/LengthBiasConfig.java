package io.rewardlake.jobs.evaluate;

import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.List;
import java.util.Objects;

/**
 * Typed config of {@code length-bias}.
 *
 * @param by the breakdown besides "all": {@code source}, {@code split} or {@code meta:KEY}
 * @param ensembles strength ensembles to measure; empty = every one with strength rows
 */
public record LengthBiasConfig(String lake, String by, List<String> ensembles) {
  public LengthBiasConfig {
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(by, "by");
    ensembles = List.copyOf(ensembles);
  }

  public static LengthBiasConfig from(Settings settings) {
    String by = settings.get(ConfigKeys.LENGTH_BIAS_BY).strip();
    if (!by.equals("source") && !by.equals("split") && !(by.startsWith("meta:") && by.length() > 5)) {
      throw new ConfigException(ConfigKeys.LENGTH_BIAS_BY.name() + " is '" + by + "'; give source, split or"
          + " meta:KEY (a key of pairs.meta, e.g. meta:generator_b)");
    }
    return new LengthBiasConfig(LakePaths.root(settings), by, settings.get(ConfigKeys.LENGTH_BIAS_ENSEMBLES));
  }
}
