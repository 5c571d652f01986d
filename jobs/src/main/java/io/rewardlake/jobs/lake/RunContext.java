package io.rewardlake.jobs.lake;

import io.rewardlake.core.text.Hashing;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Identity of one run: a sortable run id, the job, and a hash of the explicitly set configuration, recorded in every
 * row ({@code run_id}) and every Delta commit so any row traces back to the run and config that produced it.
 */
public record RunContext(String runId, String job, String configHash) {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  public RunContext {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(configHash, "configHash");
  }

  /** A new run of {@code job}; the id is the UTC start time plus 6 random hex digits. */
  public static RunContext start(String job, Map<String, String> explicitSettings) {
    byte[] suffix = new byte[3];
    RANDOM.nextBytes(suffix);
    String id = STAMP.format(Instant.now()) + "-" + HexFormat.of().formatHex(suffix);
    return new RunContext(id, job, configHash(explicitSettings));
  }

  /** SHA-256 (first 12 hex digits) over the sorted key=value lines of the explicit settings. */
  public static String configHash(Map<String, String> explicitSettings) {
    StringBuilder text = new StringBuilder();
    new java.util.TreeMap<>(explicitSettings).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    return Hashing.sha256Hex(text.toString(), 6);
  }
}
