package io.rewardlake.jobs.report;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.Objects;

/**
 * Typed config of {@code report}.
 *
 * @param lake lake root
 * @param output the HTML file (default {@code <lake>/report/index.html})
 * @param ensemble ensemble whose strength, accuracy and rewards the report shows
 */
public record ReportConfig(String lake, String output, String ensemble) {
  public ReportConfig {
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(ensemble, "ensemble");
  }

  public static ReportConfig from(Settings settings) {
    String lake = LakePaths.root(settings);
    String output = settings.get(ConfigKeys.REPORT_OUTPUT);
    return new ReportConfig(lake, output.isBlank() ? lake + "/report/index.html" : LakePaths.qualify(output),
        settings.get(ConfigKeys.REPORT_ENSEMBLE));
  }
}
