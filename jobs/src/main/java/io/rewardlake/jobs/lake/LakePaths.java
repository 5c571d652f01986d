package io.rewardlake.jobs.lake;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import java.net.URI;
import java.nio.file.Paths;

/** Path handling: local paths (no scheme) are made absolute so Delta and Hadoop see one stable location. */
public final class LakePaths {
  private LakePaths() {}

  public static String root(Settings settings) {
    String root = qualify(settings.get(ConfigKeys.LAKE));
    return root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
  }

  /** Absolute local path for a path without scheme; other URIs (hdfs://, s3a://, file:) unchanged. */
  public static String qualify(String path) {
    if (hasScheme(path)) {
      return path;
    }
    return Paths.get(path).toAbsolutePath().normalize().toString();
  }

  public static boolean hasScheme(String path) {
    try {
      String scheme = new URI(path.replace(" ", "%20").replace("*", "%2A")).getScheme();
      return scheme != null && scheme.length() > 1;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
