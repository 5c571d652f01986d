package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.optional;
import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code rejects}: every input record {@code ingest} could not accept, with a reason code, a human-readable detail and
 * a bounded excerpt of the raw record, so nothing is lost silently.
 */
public final class RejectsTable {
  public static final String NAME = "rejects";

  public static final String SOURCE = "source";
  public static final String LOCATION = "location";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String EXCERPT = "excerpt";
  public static final String RUN_ID = Columns.RUN_ID;

  /** Longest raw excerpt kept per reject, in characters. */
  public static final int MAX_EXCERPT_CHARS = 500;

  public static final StructType SCHEMA = new StructType()
      .add(required(SOURCE, DataTypes.StringType, "source name of the ingest that read the record"))
      .add(required(LOCATION, DataTypes.StringType, "file:line (JSONL) or file:row (Parquet)"))
      .add(required(REASON, DataTypes.StringType, "reason code, e.g. MALFORMED_JSON, EMPTY_RESPONSE"))
      .add(required(DETAIL, DataTypes.StringType, "what exactly was wrong, in words"))
      .add(optional(EXCERPT, DataTypes.StringType, "start of the raw record, at most 500 characters"))
      .add(Columns.runId());

  public static final List<String> PARTITION_COLUMNS = List.of();

  static final String DESCRIPTION = "Written by ingest: every input record that could not be accepted, with its location, a "
      + "reason code, the detail and an excerpt of at most 500 characters.";

  public static final TableContract CONTRACT =
      new TableContract(NAME, DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("source,location,reason,run_id"));

  private RejectsTable() {}
}
