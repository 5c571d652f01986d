package io.rewardlake.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;

/**
 * The generic record contract: {@code prompt} (string, may be empty) and either {@code chosen} +
 * {@code rejected} (a labelled pair), or {@code response_a} + {@code response_b} with an optional {@code label}
 * ({@code "a"}, {@code "b"}, {@code "tie"}, or a number in [0,1] = P(a preferred)); optional {@code id},
 * {@code source}, {@code split}, {@code meta} (object of strings).
 *
 * <p>For a/b records the preferred response becomes {@code chosen} and {@code label_p} = P(chosen preferred) ≥ 0.5;
 * a tie keeps a as chosen with 0.5; no label keeps a as chosen with a null label_p and label_source "none". The
 * record's {@code id} is kept in meta as {@code source_id}; a decided a/b record notes which side won as
 * {@code chosen_position} ("a" or "b"), so a position bias of the labels can be measured.
 */
public final class GenericRecordParser implements RecordParser {
  private static final long serialVersionUID = 1L;
  public static final String META_SOURCE_ID = "source_id";
  /** Meta key of a decided response_a/response_b record: "a" or "b", whichever the label preferred. */
  public static final String META_CHOSEN_POSITION = "chosen_position";
  public static final String UNLABELLED = "none";

  private final IngestRules rules;

  public GenericRecordParser(IngestRules rules) {
    this.rules = rules;
  }

  @Override
  public ParsedPair parse(JsonNode record) throws RecordRejectedException {
    JsonFields.requireObject(record);
    String prompt = JsonFields.requiredString(record, "prompt");
    Map<String, String> meta = JsonFields.optionalStringMap(record, "meta");
    String sourceId = JsonFields.optionalId(record, "id");
    if (sourceId != null) {
      meta.put(META_SOURCE_ID, sourceId);
    }
    PairAssembler.PairFields fields = usesChosenRejected(record)
        ? labelled(record, prompt, meta)
        : fromAb(record, prompt, meta);
    return new PairAssembler(rules).assemble(fields);
  }

  private static boolean usesChosenRejected(JsonNode record) throws RecordRejectedException {
    boolean pair = JsonFields.has(record, "chosen") || JsonFields.has(record, "rejected");
    boolean ab = JsonFields.has(record, "response_a") || JsonFields.has(record, "response_b");
    if (pair && (ab || JsonFields.has(record, "label"))) {
      throw new RecordRejectedException(RejectReason.CONFLICTING_FIELDS, "the record has chosen/rejected and also "
          + (ab ? "response_a/response_b" : "a label") + "; use one form");
    }
    if (!pair && !ab) {
      throw new RecordRejectedException(RejectReason.MISSING_FIELD,
          "the record has neither chosen + rejected nor response_a + response_b");
    }
    return pair;
  }

  private PairAssembler.PairFields labelled(JsonNode record, String prompt, Map<String, String> meta)
      throws RecordRejectedException {
    return fields(record, prompt, JsonFields.requiredString(record, "chosen"),
        JsonFields.requiredString(record, "rejected"), rules.labelSource(), 1.0, meta);
  }

  private PairAssembler.PairFields fromAb(JsonNode record, String prompt, Map<String, String> meta)
      throws RecordRejectedException {
    String a = JsonFields.requiredString(record, "response_a");
    String b = JsonFields.requiredString(record, "response_b");
    Double pA = probabilityOfA(record.get("label"));
    if (pA == null) {
      return fields(record, prompt, a, b, UNLABELLED, null, meta);
    }
    if (pA != 0.5) {
      // Which side won in the file: the position baseline clean compares the vote with ("a always wins").
      meta.put(META_CHOSEN_POSITION, pA > 0.5 ? "a" : "b");
    }
    return pA >= 0.5
        ? fields(record, prompt, a, b, rules.labelSource(), pA, meta)
        : fields(record, prompt, b, a, rules.labelSource(), 1.0 - pA, meta);
  }

  private static PairAssembler.PairFields fields(JsonNode record, String prompt, String chosen, String rejected,
      String labelSource, Double labelP, Map<String, String> meta) throws RecordRejectedException {
    return new PairAssembler.PairFields(JsonFields.optionalString(record, "source"),
        JsonFields.optionalString(record, "split"), prompt, chosen, rejected, labelSource, labelP, meta);
  }

  /** P(a preferred) from a label, or null when there is none. */
  static Double probabilityOfA(JsonNode label) throws RecordRejectedException {
    if (label == null || label.isNull()) {
      return null;
    }
    if (label.isNumber()) {
      return probability(label.doubleValue(), label.asText());
    }
    if (label.isTextual()) {
      return fromText(label.textValue());
    }
    throw invalidLabel("a JSON " + JsonFields.kind(label));
  }

  private static Double fromText(String text) throws RecordRejectedException {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "a" -> 1.0;
      case "b" -> 0.0;
      case "tie" -> 0.5;
      default -> throw invalidLabel("'" + text + "'");
    };
  }

  private static Double probability(double value, String text) throws RecordRejectedException {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw invalidLabel(text);
    }
    return value;
  }

  private static RecordRejectedException invalidLabel(String what) {
    return new RecordRejectedException(RejectReason.INVALID_LABEL,
        "label is " + what + "; expected \"a\", \"b\", \"tie\" or a number in [0, 1]");
  }
}
