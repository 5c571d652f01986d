package io.rewardlake.core.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * What record-level ingestion needs to know, shipped to executors.
 *
 * @param sourceName value of {@code source} for records that do not name their own
 * @param defaultSplit value of {@code split} for records that do not name their own
 * @param labelSource {@code label_source} of labelled records (human, ai, synthetic)
 * @param maxTextChars longest prompt or response accepted, in characters
 * @param heldOut how records without a split of their own are held out for testing
 */
public record IngestRules(String sourceName, String defaultSplit, String labelSource, int maxTextChars,
    HeldOutSplit heldOut) implements Serializable {

  /** Raw records longer than this many bytes per allowed text character are rejected before parsing. */
  private static final int BYTES_PER_CHAR_BOUND = 4 * 4;

  public IngestRules {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(defaultSplit, "defaultSplit");
    Objects.requireNonNull(labelSource, "labelSource");
    heldOut = Objects.requireNonNullElse(heldOut, HeldOutSplit.NONE);
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("maxTextChars must be positive, was " + maxTextChars);
    }
  }

  /** Rules that hold nothing out. */
  public IngestRules(String sourceName, String defaultSplit, String labelSource, int maxTextChars) {
    this(sourceName, defaultSplit, labelSource, maxTextChars, HeldOutSplit.NONE);
  }

  /**
   * Upper bound on a raw record's size: three texts of {@link #maxTextChars} at up to 4 bytes each, with room for
   * JSON escaping and metadata. Larger lines are rejected unparsed so one giant line cannot exhaust memory.
   */
  public long maxRecordBytes() {
    return (long) maxTextChars * BYTES_PER_CHAR_BOUND + 65_536;
  }
}
