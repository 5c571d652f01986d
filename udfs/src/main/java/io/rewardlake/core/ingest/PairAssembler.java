package io.rewardlake.core.ingest;

import io.rewardlake.core.text.PairIds;
import io.rewardlake.core.text.TextNormalizer;
import java.util.List;
import java.util.Map;

/** The checks every format shares (empty, identical, oversize texts), then the pair with its stable id. */
final class PairAssembler {
  private final IngestRules rules;

  PairAssembler(IngestRules rules) {
    this.rules = rules;
  }

  ParsedPair assemble(PairFields fields) throws RecordRejectedException {
    requireWithinLimit("prompt", fields.prompt());
    requireResponse("chosen", fields.chosen());
    requireResponse("rejected", fields.rejected());
    if (TextNormalizer.normalize(fields.chosen()).equals(TextNormalizer.normalize(fields.rejected()))) {
      throw new RecordRejectedException(RejectReason.IDENTICAL_RESPONSES,
          "the two responses are the same text after normalisation");
    }
    String id = PairIds.of(fields.prompt(), fields.chosen(), fields.rejected());
    return new ParsedPair(id, orDefault(fields.source(), rules.sourceName()),
        split(fields), fields.prompt(), fields.chosen(), fields.rejected(),
        fields.labelSource(), Consensus.of(fields.labels()).mean(), fields.labels(),
        PairIds.sortsFirst(fields.chosen(), fields.rejected()), fields.meta());
  }

  private void requireResponse(String name, String text) throws RecordRejectedException {
    if (text.isBlank()) {
      throw new RecordRejectedException(RejectReason.EMPTY_RESPONSE, "'" + name + "' is empty");
    }
    requireWithinLimit(name, text);
  }

  private void requireWithinLimit(String name, String text) throws RecordRejectedException {
    if (text.length() > rules.maxTextChars()) {
      throw new RecordRejectedException(RejectReason.OVERSIZE_TEXT, "'" + name + "' has " + text.length()
          + " characters, more than the limit of " + rules.maxTextChars() + " (ingest.max_text_chars)");
    }
  }

  private String split(PairFields fields) {
    return fields.split() == null || fields.split().isBlank()
        ? rules.heldOut().assign(fields.prompt(), rules.defaultSplit()) : fields.split();
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  /**
   * The parts a format extracts from a record before the shared checks; {@code labels} are P(chosen preferred), one
   * per annotation, none for an unlabelled pair.
   */
  record PairFields(String source, String split, String prompt, String chosen, String rejected,
                    String labelSource, List<Double> labels, Map<String, String> meta) {}
}
