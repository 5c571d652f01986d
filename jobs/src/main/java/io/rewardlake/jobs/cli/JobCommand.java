package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKey;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.RunContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;

/**
 * Shared flow of every job command: settings from the layers (base &lt; --config &lt; --set &lt; options), the typed
 * config (errors exit 2 before Spark starts), then Spark, the job, and its summary on standard output.
 *
 * @param <C> the job's typed config
 */
abstract class JobCommand<C> implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  /** Job name, used for the run id, app name and progress lines. */
  abstract String job();

  /** Key → text for the dedicated options the user gave (absent options are left out). */
  abstract Map<String, String> options();

  abstract C config(Settings settings);

  /** Runs the job; returns the summary lines. */
  abstract List<String> run(SparkSession spark, C config, RunContext run);

  /**
   * Checks that need no Spark and should fail before it starts (a judge's preflight); returns the config to run, which
   * may record that a check is done.
   */
  C beforeSpark(C config) {
    return config;
  }

  /** The lowest settings layer below --config; the pipeline puts its packaged default here. */
  Map<String, String> baseLayer() {
    return Map.of();
  }

  @Override
  public Integer call() {
    Map<String, String> options = new TreeMap<>(options());
    common.addTo(options);
    Map<String, String> base = common.config == null ? baseLayer() : Map.of();
    Settings settings = Settings.resolve(base, common.fileLayer(), common.setLayer(), options);
    C config = beforeSpark(config(settings));
    RunContext run = RunContext.start(job(), settings.explicitValues());
    SparkSession spark = Sessions.create(job(), common.master);
    try {
      run(spark, config, run).forEach(System.out::println);
      return 0;
    } finally {
      if (!Sessions.isSubmitted()) {
        spark.stop();
      }
    }
  }

  /** The options a job was given, as config keys: {@code key, value} pairs; options not given (null) are left out. */
  static Map<String, String> given(ConfigKey<?> key, Object value, Object... moreKeysAndValues) {
    if (moreKeysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("given(...) takes key, value pairs");
    }
    Map<String, String> options = new TreeMap<>();
    put(options, key.name(), value);
    for (int i = 0; i < moreKeysAndValues.length; i += 2) {
      put(options, ((ConfigKey<?>) moreKeysAndValues[i]).name(), moreKeysAndValues[i + 1]);
    }
    return options;
  }

  static void put(Map<String, String> options, String key, Object value) {
    if (value != null) {
      options.put(key, value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
          : String.valueOf(value));
    }
  }
}
