package io.rewardlake.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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

  private static final List<String> LABEL_FIELDS = List.of("label", "labels", "annotations");

  private static boolean usesChosenRejected(JsonNode record) throws RecordRejectedException {
    boolean pair = JsonFields.has(record, "chosen") || JsonFields.has(record, "rejected");
    boolean ab = JsonFields.has(record, "response_a") || JsonFields.has(record, "response_b");
    List<String> labelFields = LABEL_FIELDS.stream().filter(field -> JsonFields.has(record, field)).toList();
    if (pair && (ab || !labelFields.isEmpty())) {
      throw new RecordRejectedException(RejectReason.CONFLICTING_FIELDS, "the record has chosen/rejected and also "
          + (ab ? "response_a/response_b" : "'" + labelFields.get(0) + "'") + "; use one form");
    }
    if (labelFields.size() > 1) {
      throw new RecordRejectedException(RejectReason.CONFLICTING_FIELDS, "the record has both '" + labelFields.get(0)
          + "' and '" + labelFields.get(1) + "'; give its labels in one of label, labels or annotations");
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
        JsonFields.requiredString(record, "rejected"), rules.labelSource(), List.of(1.0), meta);
  }

  private PairAssembler.PairFields fromAb(JsonNode record, String prompt, Map<String, String> meta)
      throws RecordRejectedException {
    String a = JsonFields.requiredString(record, "response_a");
    String b = JsonFields.requiredString(record, "response_b");
    List<Double> labelsOfA = labelsOfA(record);
    if (labelsOfA.isEmpty()) {
      return fields(record, prompt, a, b, UNLABELLED, List.of(), meta);
    }
    double pA = Consensus.of(labelsOfA).mean();
    if (pA != 0.5) {
      // Which side won in the file: the position baseline clean compares the vote with ("a always wins").
      meta.put(META_CHOSEN_POSITION, pA > 0.5 ? "a" : "b");
    }
    return pA >= 0.5
        ? fields(record, prompt, a, b, rules.labelSource(), labelsOfA, meta)
        : fields(record, prompt, b, a, rules.labelSource(), labelsOfA.stream().map(p -> 1.0 - p).toList(), meta);
  }

  private static PairAssembler.PairFields fields(JsonNode record, String prompt, String chosen, String rejected,
      String labelSource, List<Double> labels, Map<String, String> meta) throws RecordRejectedException {
    return new PairAssembler.PairFields(JsonFields.optionalString(record, "source"),
        JsonFields.optionalString(record, "split"), prompt, chosen, rejected, labelSource, labels, meta);
  }

  /** P(a preferred) for each of the record's labels: none, one ({@code label}) or several. */
  static List<Double> labelsOfA(JsonNode record) throws RecordRejectedException {
    if (JsonFields.has(record, "labels")) {
      List<Double> labels = new ArrayList<>();
      for (JsonNode label : array(record, "labels")) {
        labels.add(listedLabel(label, "labels"));
      }
      return labels;
    }
    if (JsonFields.has(record, "annotations")) {
      List<Double> labels = new ArrayList<>();
      for (JsonNode annotation : array(record, "annotations")) {
        if (!annotation.isObject() || !annotation.has("label")) {
          throw invalidLabel("an annotation without a label (" + JsonFields.kind(annotation) + ")",
              "annotations: [{\"label\": \"a\"}, ...]");
        }
        labels.add(listedLabel(annotation.get("label"), "annotations"));
      }
      return labels;
    }
    Double pA = probabilityOfA(record.get("label"));
    return pA == null ? List.of() : List.of(pA);
  }

  private static JsonNode array(JsonNode record, String field) throws RecordRejectedException {
    JsonNode value = record.get(field);
    if (!value.isArray()) {
      throw invalidLabel("'" + field + "' is a JSON " + JsonFields.kind(value) + ", not an array",
          field + ": [\"a\", \"b\", 1, 2, 0.7]");
    }
    return value;
  }

  /** One label of an array: as {@code label}, and 2 for b (1 already means a, as P(a preferred) = 1). */
  private static double listedLabel(JsonNode label, String field) throws RecordRejectedException {
    if (label == null || label.isNull()) {
      throw invalidLabel("a null entry in '" + field + "'", "\"a\", \"b\", \"tie\", 2 or a number in [0, 1]");
    }
    if (label.isNumber() && label.doubleValue() == 2.0) {
      return 0.0;
    }
    return probabilityOfA(label);
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

  private static RecordRejectedException invalidLabel(String what, String expected) {
    return new RecordRejectedException(RejectReason.INVALID_LABEL, "the record has " + what + "; expected "
        + expected);
  }
}
