package io.rewardlake.jobs.label;

import io.rewardlake.core.judge.http.ApiKey;
import io.rewardlake.core.judge.http.JudgePreflight;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.config.ConfigException;
import java.util.function.UnaryOperator;

/**
 * The http judge's preflight as the jobs run it: before any Spark work, so a wrong endpoint, key or model exits 2 in
 * seconds. Other judges have nothing remote to probe; their settings are checked when they load.
 */
public final class LabelPreflight {
  private LabelPreflight() {}

  /** Probes when {@code config} asks for it (http judge, judge.preflight); returns the config with it done. */
  public static LabelConfig check(LabelConfig config, UnaryOperator<String> environment) {
    if (!config.usesHttp() || !config.preflight()) {
      return config;
    }
    ApiKey key = ApiKeys.resolve(config.apiKeyEnv(), config.apiKeyFile(), environment);
    try {
      JudgePreflight.Passed passed = JudgePreflight.probe(config.http(), key, config.template(), config.mode());
      Progress.say("label", String.format(java.util.Locale.ROOT, "preflight: %s answered one probe in %d ms (%s)",
          config.http().judgeId(), passed.millis(), passed.reading()));
      return config.preflightDone();
    } catch (JudgePreflight.Failed e) {
      throw new ConfigException("The judge failed its preflight, so nothing was judged: " + e.getMessage()
          + " (--skip-preflight, or judge.preflight=false, starts without the probe.)");
    }
  }
}
