package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKey;
import io.rewardlake.jobs.config.ConfigKeys;
import java.util.ListResourceBundle;

/**
 * The configuration defaults as a resource bundle, so that option help says {@code (default
 * ${bundle:default.train.members})} and picocli fills in the value from {@link ConfigKeys}: the defaults are written
 * once, there. Keys are {@code default.<config key>}, which never collide with picocli's own bundle keys.
 */
final class ConfigDefaults extends ListResourceBundle {
  static final String PREFIX = "default.";

  @Override
  protected Object[][] getContents() {
    return ConfigKeys.ALL.stream()
        .map(key -> new Object[] {PREFIX + key.name(), text(key)})
        .toArray(Object[][]::new);
  }

  private static String text(ConfigKey<?> key) {
    String value = key.defaultText();
    return value.isEmpty() ? "none" : value;
  }
}
