package io.rewardlake.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;

/**
 * Turns one JSON record into a pair, or rejects it with a reason. Implementations are stateless apart from their
 * {@link IngestRules} and safe to ship to executors.
 */
public interface RecordParser extends Serializable {

  ParsedPair parse(JsonNode record) throws RecordRejectedException;

  /** {@link #parse} as a result: accepted, or rejected with the reason. */
  default RecordResult resultOf(JsonNode record) {
    try {
      return new RecordResult.Accepted(parse(record));
    } catch (RecordRejectedException e) {
      return RecordResult.Rejected.of(e);
    }
  }

  /** The parser for a format name ({@code hh-rlhf}, {@code jsonl}, {@code parquet}). */
  static RecordParser forFormat(String format, IngestRules rules) {
    return switch (format) {
      case "hh-rlhf" -> new HhRlhfRecordParser(rules);
      case "jsonl", "parquet" -> new GenericRecordParser(rules);
      default -> throw new IllegalArgumentException("Unknown format '" + format + "'; known: hh-rlhf, jsonl, parquet");
    };
  }
}
