package io.rewardlake.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** Typed access to record fields; every wrong shape becomes a {@link RecordRejectedException} naming the field. */
final class JsonFields {
  private JsonFields() {}

  static void requireObject(JsonNode record) throws RecordRejectedException {
    if (!record.isObject()) {
      throw new RecordRejectedException(RejectReason.WRONG_TYPE,
          "the record is a JSON " + kind(record) + ", expected an object");
    }
  }

  static boolean has(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value != null && !value.isNull();
  }

  static String requiredString(JsonNode record, String field) throws RecordRejectedException {
    if (!has(record, field)) {
      throw new RecordRejectedException(RejectReason.MISSING_FIELD, "field '" + field + "' is missing");
    }
    return optionalString(record, field);
  }

  /** The string value, or null when absent; numbers are not silently turned into text. */
  static String optionalString(JsonNode record, String field) throws RecordRejectedException {
    if (!has(record, field)) {
      return null;
    }
    JsonNode value = record.get(field);
    if (!value.isTextual()) {
      throw new RecordRejectedException(RejectReason.WRONG_TYPE,
          "field '" + field + "' is a JSON " + kind(value) + ", expected a string");
    }
    return value.textValue();
  }

  /** An id may be a string or an integer; either is kept as text. */
  static String optionalId(JsonNode record, String field) throws RecordRejectedException {
    JsonNode value = record.get(field);
    if (value != null && value.isIntegralNumber()) {
      return value.asText();
    }
    return optionalString(record, field);
  }

  /** An object of scalar values, kept as strings (numbers and booleans as their JSON text). */
  static Map<String, String> optionalStringMap(JsonNode record, String field) throws RecordRejectedException {
    Map<String, String> result = new TreeMap<>();
    if (!has(record, field)) {
      return result;
    }
    JsonNode value = record.get(field);
    if (!value.isObject()) {
      throw new RecordRejectedException(RejectReason.WRONG_TYPE,
          "field '" + field + "' is a JSON " + kind(value) + ", expected an object of strings");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      result.put(entry.getKey(), scalarText(field + "." + entry.getKey(), entry.getValue()));
    }
    return result;
  }

  private static String scalarText(String path, JsonNode value) throws RecordRejectedException {
    if (value.isContainerNode()) {
      throw new RecordRejectedException(RejectReason.WRONG_TYPE,
          "field '" + path + "' is a JSON " + kind(value) + ", expected a string");
    }
    return value.isNull() ? "" : value.asText();
  }

  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT, POJO -> "object";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL, MISSING -> "null";
      default -> "string";
    };
  }
}
