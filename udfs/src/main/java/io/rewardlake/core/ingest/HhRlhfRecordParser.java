package io.rewardlake.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.rewardlake.core.text.TranscriptSplitter;
import java.util.List;
import java.util.Map;

/**
 * Anthropic HH-RLHF records: {@code {"chosen": transcript, "rejected": transcript}}, the two transcripts sharing
 * the conversation and differing in the last assistant turn. Labels are human and hard (label_p = 1).
 */
public final class HhRlhfRecordParser implements RecordParser {
  private static final long serialVersionUID = 1L;
  /** meta key set when the transcripts had to be split at their common prefix (see {@link TranscriptSplitter}). */
  public static final String META_SPLIT_RULE = "split_rule";

  private final IngestRules rules;

  public HhRlhfRecordParser(IngestRules rules) {
    this.rules = rules;
  }

  @Override
  public ParsedPair parse(JsonNode record) throws RecordRejectedException {
    JsonFields.requireObject(record);
    TranscriptSplitter.Split split = split(
        JsonFields.requiredString(record, "chosen"), JsonFields.requiredString(record, "rejected"));
    Map<String, String> meta = split.commonPrefixFallback() ? Map.of(META_SPLIT_RULE, "common_prefix") : Map.of();
    return new PairAssembler(rules).assemble(new PairAssembler.PairFields(null, null,
        split.prompt(), split.chosen(), split.rejected(), rules.labelSource(), List.of(1.0), meta));
  }

  private static TranscriptSplitter.Split split(String chosen, String rejected) throws RecordRejectedException {
    try {
      return TranscriptSplitter.split(chosen, rejected);
    } catch (TranscriptSplitter.SplitException e) {
      throw new RecordRejectedException(RejectReason.valueOf(e.failure().name()), e.getMessage());
    }
  }
}
