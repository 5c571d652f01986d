package io.rewardlake.jobs.synth;

import io.rewardlake.core.synth.SynthSpec;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.Objects;

/** Typed config of {@code synth}: the corpus spec and where the two files go. */
public record SynthConfig(SynthSpec spec, String pairsOutput, String candidatesOutput) {
  public SynthConfig {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(pairsOutput, "pairsOutput");
    Objects.requireNonNull(candidatesOutput, "candidatesOutput");
  }

  public static SynthConfig from(Settings settings) {
    String lake = LakePaths.root(settings);
    String output = settings.get(ConfigKeys.SYNTH_OUTPUT);
    String pairs = output.isBlank() ? lake + "/raw/synth.jsonl" : LakePaths.qualify(output);
    return new SynthConfig(spec(settings), pairs, candidatesPathFor(pairs));
  }

  /** {@code x/synth.jsonl} → {@code x/synth_candidates.jsonl}. */
  static String candidatesPathFor(String pairs) {
    String base = pairs.endsWith(".jsonl") ? pairs.substring(0, pairs.length() - ".jsonl".length()) : pairs;
    return base + "_candidates.jsonl";
  }

  private static SynthSpec spec(Settings settings) {
    try {
      return new SynthSpec(settings.get(ConfigKeys.SYNTH_SEED), settings.get(ConfigKeys.SYNTH_PAIRS),
          settings.get(ConfigKeys.SYNTH_CANDIDATES), settings.get(ConfigKeys.SYNTH_FLIP_RATE),
          settings.get(ConfigKeys.SYNTH_AMBIGUOUS_RATE), settings.get(ConfigKeys.SYNTH_SHARPNESS),
          settings.get(ConfigKeys.SYNTH_TEST_FRACTION));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Invalid synth settings: " + e.getMessage());
    }
  }
}
