package io.rewardlake.jobs.lake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Delta commit records about the run that made it (Delta's {@code userMetadata}): run id, job, config hash,
 * input files (path, size, modification time) and input table versions.
 */
public record Lineage(RunContext run, List<String> inputFiles, Map<String, Long> inputTableVersions) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Lineage {
    inputFiles = List.copyOf(inputFiles);
    inputTableVersions = Map.copyOf(inputTableVersions);
  }

  public String toJson() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("run_id", run.runId());
    fields.put("job", run.job());
    fields.put("config_hash", run.configHash());
    fields.put("rewardlake_version", Version.current());
    fields.put("input_files", inputFiles);
    fields.put("input_tables", new java.util.TreeMap<>(inputTableVersions));
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Lineage is plain strings and numbers; cannot fail to serialise", e);
    }
  }
}
