package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.YamlConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** Options every job takes: lake root, YAML config, --set overrides, embedded Spark master. */
public final class CommonOptions {
  @Option(names = "--lake", paramLabel = "DIR", description = "Root of the Delta tables (default ${bundle:default.lake}).")
  String lake;

  @Option(names = "--config", paramLabel = "FILE", description = "YAML config (see conf/pipeline-local.yaml).")
  Path config;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override one config key, e.g. --set synth.pairs=5000 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master for embedded runs (default local[*]); ignored under spark-submit.")
  String master;

  Map<String, String> fileLayer() {
    return config == null ? Map.of() : YamlConfig.load(config);
  }

  Map<String, String> setLayer() {
    Map<String, String> layer = new TreeMap<>();
    for (String set : sets) {
      int eq = set.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException("--set takes KEY=VALUE, got '" + set + "'. Valid keys:\n  "
            + String.join("\n  ", ConfigKeys.names()));
      }
      layer.put(set.substring(0, eq).strip(), set.substring(eq + 1));
    }
    return layer;
  }

  void addTo(Map<String, String> options) {
    if (lake != null) {
      options.put(ConfigKeys.LAKE.name(), lake);
    }
  }
}
