package io.rewardlake.spark.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rewardlake.core.ingest.IngestRules;
import io.rewardlake.core.ingest.RecordParser;
import io.rewardlake.spark.LazyMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import scala.collection.JavaConverters;

/**
 * Executor function for tabular inputs (Parquet): each row, whose columns already carry the generic record's field
 * names, becomes a JSON record and goes through the same parser as JSONL, so the same checks and reject reasons
 * apply. Expects {@link #FILE} and {@link #ROW} columns for the location.
 */
public final class ParseRecordRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  public static final String FILE = "_rl_file";
  public static final String ROW = "_rl_row";
  /** Record fields a mapped column may carry. */
  public static final List<String> RECORD_FIELDS =
      List.of("prompt", "chosen", "rejected", "response_a", "response_b", "label", "labels", "annotations", "id",
          "source", "split", "meta");

  private final IngestRules rules;
  private final Map<String, Integer> fileIndexByPath;

  public ParseRecordRows(IngestRules rules, Map<String, Integer> fileIndexByPath) {
    this.rules = rules;
    this.fileIndexByPath = Map.copyOf(fileIndexByPath);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    RecordParser parser = RecordParser.forFormat("parquet", rules);
    return LazyMap.map(rows, row -> toStaging(parser, row));
  }

  private Row toStaging(RecordParser parser, Row row) {
    String file = row.getAs(FILE);
    long index = row.<Long>getAs(ROW);
    JsonNode record = record(row);
    Integer fileIndex = fileIndexByPath.get(canonicalPath(file));
    if (fileIndex == null) {
      // Input order decides which duplicate is kept; an unknown path would silently scramble it.
      throw new IllegalStateException("Row from " + file + ", which is not among the listed inputs "
          + fileIndexByPath.keySet());
    }
    return StagingRows.of(file + ":row " + (index + 1), StagingRows.ordinal(fileIndex, index),
        parser.resultOf(record), record::toString);
  }

  /**
   * One spelling per file: Spark's {@code _metadata.file_path} writes {@code file:/x} where a URI may read
   * {@code file:///x}; Hadoop's Path prints both the same way.
   */
  public static String canonicalPath(String path) {
    return new org.apache.hadoop.fs.Path(path).toString();
  }

  private static ObjectNode record(Row row) {
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    for (String field : RECORD_FIELDS) {
      int at = fieldIndex(row, field);
      if (at >= 0 && !row.isNullAt(at)) {
        record.set(field, toJson(row.get(at)));
      }
    }
    return record;
  }

  /** StructType keeps a name → index map, so this is a lookup, not a scan per row. */
  private static int fieldIndex(Row row, String field) {
    scala.Option<Object> index = row.schema().getFieldIndex(field);
    return index.isDefined() ? (Integer) index.get() : -1;
  }

  private static JsonNode toJson(Object value) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    if (value instanceof String text) {
      return json.textNode(text);
    }
    if (value instanceof Number number) {
      return number instanceof Double || number instanceof Float
          ? json.numberNode(number.doubleValue()) : json.numberNode(number.longValue());
    }
    if (value instanceof scala.collection.Map<?, ?> map) {
      ObjectNode object = json.objectNode();
      JavaConverters.mapAsJavaMap(map).forEach((k, v) -> object.set(String.valueOf(k), toJson(v)));
      return object;
    }
    if (value instanceof scala.collection.Seq<?> list) {
      // an array column: several annotators' labels, or their annotation structs
      com.fasterxml.jackson.databind.node.ArrayNode array = json.arrayNode();
      JavaConverters.seqAsJavaList(list).forEach(item -> array.add(toJson(item)));
      return array;
    }
    if (value instanceof Row struct) {
      ObjectNode object = json.objectNode();
      for (String name : struct.schema().fieldNames()) {
        object.set(name, toJson(struct.getAs(name)));
      }
      return object;
    }
    return value == null ? json.nullNode() : json.textNode(String.valueOf(value));
  }
}
