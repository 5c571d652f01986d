package io.rewardlake.jobs.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a key is a real Spark configuration key: Spark's own keys (core, SQL, Delta) are looked up in Spark's
 * config registry, {@code ConfigEntry.findEntry}, which every {@code ConfigEntry} joins when its defining object is
 * initialised; keys read without an entry (spark.master) or defined in jars we do not ship (spark-yarn,
 * spark-kubernetes, RAPIDS) must be on the sourced list in {@code deploy/spark-keys-outside-registry.txt}.
 */
final class SparkKeys {
  /** The objects holding Spark's and Delta's ConfigEntries; loading each registers its entries. */
  private static final List<String> CONFIG_OBJECTS = List.of(
      "org.apache.spark.internal.config.package$", "org.apache.spark.internal.config.Deploy$",
      "org.apache.spark.internal.config.History$", "org.apache.spark.internal.config.Kryo$",
      "org.apache.spark.internal.config.Network$", "org.apache.spark.internal.config.Python$",
      "org.apache.spark.internal.config.Status$", "org.apache.spark.internal.config.UI$",
      "org.apache.spark.internal.config.Worker$", "org.apache.spark.sql.internal.SQLConf$",
      "org.apache.spark.sql.internal.StaticSQLConf$", "org.apache.spark.sql.delta.sources.DeltaSQLConf$");

  /**
   * Custom resource keys are templates, not registry entries: spark.{driver,executor}.resource.{name}.{amount,
   * discoveryScript,vendor} and spark.task.resource.{name}.amount
   * (https://spark.apache.org/docs/3.5.5/configuration.html#custom-resource-scheduling-and-configuration-overview).
   */
  private static final Pattern RESOURCE_KEY = Pattern.compile(
      "spark\\.(driver|executor)\\.resource\\.[a-z0-9]+\\.(amount|discoveryScript|vendor)"
          + "|spark\\.task\\.resource\\.[a-z0-9]+\\.amount");

  private static final Set<String> OUTSIDE_REGISTRY = loadOutsideRegistry();

  private SparkKeys() {}

  static boolean isKnown(String key) {
    return RESOURCE_KEY.matcher(key).matches() || OUTSIDE_REGISTRY.contains(key) || inSparkRegistry(key);
  }

  static Set<String> outsideRegistry() {
    return OUTSIDE_REGISTRY;
  }

  static boolean inSparkRegistry(String key) {
    return org.apache.spark.internal.config.ConfigEntry$.MODULE$.findEntry(key) != null;
  }

  private static Set<String> loadOutsideRegistry() {
    CONFIG_OBJECTS.forEach(SparkKeys::initialise);
    try (InputStream in = SparkKeys.class.getResourceAsStream("/deploy/spark-keys-outside-registry.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the list of keys outside the registry", e);
    }
  }

  private static void initialise(String scalaObject) {
    try {
      Class.forName(scalaObject).getField("MODULE$").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Spark config object " + scalaObject + " not found: " + e, e);
    }
  }
}
