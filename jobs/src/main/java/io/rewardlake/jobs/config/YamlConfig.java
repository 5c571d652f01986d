package io.rewardlake.jobs.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a YAML config into dotted key → text: nested mappings become dotted names ({@code ingest: {format: x}} is
 * {@code ingest.format}), lists become comma-joined text. Validation is {@link Settings}' job.
 */
public final class YamlConfig {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  /** The embedded default pipeline config, packaged from conf/pipeline-local.yaml. */
  public static final String LOCAL_PIPELINE_RESOURCE = "/rewardlake/pipeline-local.yaml";

  private YamlConfig() {}

  public static Map<String, String> load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("Config file " + file + " does not exist or is not a file. Pass an existing YAML"
          + " file to --config (conf/pipeline-local.yaml is an example).");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new ConfigException("Cannot read config file " + file + ": " + e.getMessage());
    }
  }

  public static Map<String, String> loadResource(String resource) {
    try (InputStream in = YamlConfig.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + resource + " is missing from the build");
      }
      return parse(in, resource);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read resource " + resource, e);
    }
  }

  static Map<String, String> parse(InputStream in, String origin) throws IOException {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (JsonProcessingException e) {
      throw new ConfigException("Config " + origin + " is not valid YAML: " + e.getOriginalMessage());
    }
    Map<String, String> flat = new TreeMap<>();
    if (root != null && !root.isMissingNode() && !root.isNull()) {
      if (!root.isObject()) {
        throw new ConfigException("Config " + origin + " must be a YAML mapping of settings, not a "
            + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
      }
      flatten("", root, flat, origin);
    }
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out, String origin) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = prefix + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        flatten(name + ".", value, out, origin);
      } else if (!value.isNull()) {
        out.put(name, value.isArray() ? joined(name, value, origin) : value.asText());
      }
    }
  }

  private static String joined(String name, JsonNode array, String origin) {
    List<String> items = new ArrayList<>();
    for (JsonNode item : array) {
      if (item.isContainerNode()) {
        throw new ConfigException("Config " + origin + ": " + name + " must be a list of plain values");
      }
      items.add(item.asText());
    }
    return String.join(",", items);
  }
}
