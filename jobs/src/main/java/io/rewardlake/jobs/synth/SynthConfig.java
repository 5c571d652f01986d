package io.rewardlake.jobs.synth;

import io.rewardlake.core.synth.SynthSpec;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.Objects;

/**
 * Typed config of {@code synth}: the corpus spec and where the two files go.
 *
 * @param shiftedPairs pairs of the shifted corpus to write beside the default one (0: none); see
 *     {@link #shiftedPairsOutput()} and {@link #shiftedSamplesOutput()}
 */
public record SynthConfig(SynthSpec spec, String pairsOutput, String candidatesOutput, int shiftedPairs) {
  public SynthConfig {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(pairsOutput, "pairsOutput");
    Objects.requireNonNull(candidatesOutput, "candidatesOutput");
  }

  public SynthConfig(SynthSpec spec, String pairsOutput, String candidatesOutput) {
    this(spec, pairsOutput, candidatesOutput, 0);
  }

  /** {@code x/synth.jsonl} → {@code x/synth_shifted.jsonl}: labelled pairs of the shifted style, split shifted. */
  public String shiftedPairsOutput() {
    return withSuffix(pairsOutput, "_shifted.jsonl");
  }

  /** {@code x/synth.jsonl} → {@code x/synth_shifted_samples.jsonl}: unlabelled shifted responses for MetaRM. */
  public String shiftedSamplesOutput() {
    return withSuffix(pairsOutput, "_shifted_samples.jsonl");
  }

  private static String withSuffix(String pairs, String suffix) {
    return (pairs.endsWith(".jsonl") ? pairs.substring(0, pairs.length() - ".jsonl".length()) : pairs) + suffix;
  }

  public static SynthConfig from(Settings settings) {
    String lake = LakePaths.root(settings);
    String output = settings.get(ConfigKeys.SYNTH_OUTPUT);
    String pairs = output.isBlank() ? lake + "/raw/synth.jsonl" : LakePaths.qualify(output);
    return new SynthConfig(spec(settings), pairs, candidatesPathFor(pairs),
        settings.get(ConfigKeys.SYNTH_SHIFTED_PAIRS));
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
