package io.rewardlake.schemas;

import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;

/** Small helpers shared by the table classes so each schema reads as a list of columns. */
final class Columns {
  static final String RUN_ID = "run_id";
  static final DataType STRING_MAP = DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false);
  static final DataType DOUBLE_MAP = DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false);
  static final DataType DOUBLE_ARRAY = DataTypes.createArrayType(DataTypes.DoubleType, false);

  private Columns() {}

  static StructField required(String name, DataType type, String comment) {
    return new StructField(name, type, false, Metadata.empty()).withComment(comment);
  }

  static StructField optional(String name, DataType type, String comment) {
    return new StructField(name, type, true, Metadata.empty()).withComment(comment);
  }

  static StructField runId() {
    return required(RUN_ID, DataTypes.StringType, "id of the run that wrote the row (see the Delta commit metadata)");
  }

  /**
   * Table properties every table gets. Statistics are collected only on the named short columns: min/max statistics
   * over long prompt and response text would bloat the Delta log without helping any query skip files.
   */
  static Map<String, String> properties(String statsColumns) {
    return Map.of(
        TableContract.CONTRACT_VERSION_PROPERTY, "1",
        "delta.dataSkippingStatsColumns", statsColumns,
        "delta.appendOnly", "false");
  }
}
