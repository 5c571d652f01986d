package io.rewardlake.jobs.export;

import io.rewardlake.core.export.ExportFormat;
import io.rewardlake.core.export.ExportStyle;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.Objects;

/**
 * Typed config of {@code export}.
 *
 * @param style text or conversational; only the trainer formats use it
 * @param autoStyle whether {@code style} is still to be chosen from the prompts (export.style auto)
 * @param dropTies trainer formats: leave out pairs with target_p 0.5
 * @param margins standardized, raw or none (trainer formats)
 * @param output the folder written (replaced as a whole)
 * @param includeDropped also export pairs cleaning dropped (weight 0)
 * @param split the one split to export, or "" for every split
 * @param lengthBalance subsample each split to as many longer-preferred as shorter-preferred pairs
 */
public record ExportConfig(String lake, ExportFormat format, ExportStyle style, boolean autoStyle, String output,
    boolean includeDropped, String split, boolean dropTies, String margins, boolean lengthBalance) {

  public ExportConfig {
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(split, "split");
  }

  public static ExportConfig from(Settings settings) {
    String lake = LakePaths.root(settings);
    ExportFormat format = ExportFormat.of(settings.get(ConfigKeys.EXPORT_FORMAT));
    String styleSetting = settings.get(ConfigKeys.EXPORT_STYLE);
    boolean auto = ConfigKeys.AUTO_STYLE.equals(styleSetting);
    ExportStyle style = auto ? ExportStyle.TEXT : ExportStyle.of(styleSetting);
    if (!format.trainer() && style != ExportStyle.TEXT) {
      throw new ConfigException("export.style = " + style.id() + " applies to the trl and openrlhf formats only; "
          + format.id() + " writes RewardLake's row as stored. Example: --format trl --style conversational.");
    }
    String output = settings.get(ConfigKeys.EXPORT_OUTPUT);
    return new ExportConfig(lake, format, style, auto && format.trainer(),
        withoutTrailingSlash(output.isBlank() ? lake + "/export/" + format.id() : LakePaths.qualify(output)),
        settings.get(ConfigKeys.EXPORT_INCLUDE_DROPPED), settings.get(ConfigKeys.EXPORT_SPLIT).strip(),
        "drop".equals(settings.get(ConfigKeys.EXPORT_TIES)), settings.get(ConfigKeys.EXPORT_MARGINS),
        settings.get(ConfigKeys.EXPORT_LENGTH_BALANCE));
  }

  /** This config with the style chosen. */
  public ExportConfig withStyle(ExportStyle chosen) {
    return new ExportConfig(lake, format, chosen, false, output, includeDropped, split, dropTies, margins,
        lengthBalance);
  }

  /** True when every split is exported. */
  public boolean allSplits() {
    return split.isEmpty();
  }

  private static String withoutTrailingSlash(String path) {
    return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
  }
}
