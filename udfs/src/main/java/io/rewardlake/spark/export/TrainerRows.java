package io.rewardlake.spark.export;

import io.rewardlake.core.export.ExportColumn;
import io.rewardlake.core.export.ExportColumns;
import io.rewardlake.core.export.ExportFormat;
import io.rewardlake.core.export.ExportStyle;
import io.rewardlake.core.export.Message;
import io.rewardlake.core.export.OrientedPair;
import io.rewardlake.core.export.TrainerRecords;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.spark.LazyMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Executor function of the trainer formats: each {@code pairs_clean} row (plus the {@link #FILE} column) is oriented
 * and turned into its TRL or OpenRLHF record by the pure core, as a row of {@link #schema}. {@link #FILE}, the name
 * of the file the row goes to, passes through unchanged for the partitioned write.
 */
public final class TrainerRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  /** Pass-through column: the file stem the row is written to. */
  public static final String FILE = "_export_file";
  private static final StructType MESSAGE = new StructType()
      .add(Message.ROLE, DataTypes.StringType, false)
      .add(Message.CONTENT, DataTypes.StringType, false);

  private final ExportFormat format;
  private final ExportStyle style;

  public TrainerRows(ExportFormat format, ExportStyle style) {
    if (!format.trainer()) {
      throw new IllegalArgumentException(format.id() + " is not a trainer format");
    }
    this.format = format;
    this.style = style;
  }

  /** The output rows: the format's columns ({@link ExportColumns#of}) and then {@link #FILE}. */
  public static StructType schema(ExportFormat format, ExportStyle style) {
    StructType schema = new StructType();
    for (ExportColumn column : ExportColumns.of(format, style)) {
      schema = schema.add(column.name(), type(column.type()), false);
    }
    return schema.add(FILE, DataTypes.StringType, false);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    List<String> columns = ExportColumns.names(format, style);
    return LazyMap.map(rows, row -> record(row, columns));
  }

  private Row record(Row row, List<String> columns) {
    OrientedPair pair = OrientedPair.of(row.getAs(PairsCleanTable.PAIR_ID), row.getAs(PairsCleanTable.PROMPT),
        row.getAs(PairsCleanTable.CHOSEN), row.getAs(PairsCleanTable.REJECTED),
        row.<Double>getAs(PairsCleanTable.TARGET_P), row.<Double>getAs(PairsCleanTable.MARGIN),
        row.<Double>getAs(PairsCleanTable.WEIGHT));
    Map<String, Object> record = TrainerRecords.of(format, style, pair);
    Object[] values = new Object[columns.size() + 1];
    for (int i = 0; i < columns.size(); i++) {
      values[i] = sparkValue(record.get(columns.get(i)));
    }
    values[columns.size()] = row.getAs(FILE);
    return RowFactory.create(values);
  }

  /** Messages become a Scala sequence of (role, content) rows, as Spark's row encoder wants for array columns. */
  private static Object sparkValue(Object value) {
    if (!(value instanceof List<?> messages)) {
      return value;
    }
    List<Row> rows = new ArrayList<>(messages.size());
    for (Object item : messages) {
      Message message = (Message) item;
      rows.add(RowFactory.create(message.role(), message.content()));
    }
    return JavaConverters.asScalaBuffer(rows).toList();
  }

  private static DataType type(ExportColumn.Type type) {
    return switch (type) {
      case TEXT -> DataTypes.StringType;
      case NUMBER -> DataTypes.DoubleType;
      case MESSAGES -> DataTypes.createArrayType(MESSAGE, false);
    };
  }
}
