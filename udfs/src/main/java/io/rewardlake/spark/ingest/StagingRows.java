package io.rewardlake.spark.ingest;

import io.rewardlake.core.ingest.ParsedPair;
import io.rewardlake.core.ingest.RecordResult;
import io.rewardlake.core.text.Excerpts;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.RejectsTable;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * The intermediate row every input record becomes: where it came from, its order in the input (for keeping the
 * first of duplicates), accepted or rejected, and the pair or reject columns (the others null). Column names are
 * those of the target tables so the job can select straight into them.
 */
public final class StagingRows {
  public static final String ORDINAL = "ordinal";
  public static final String STATUS = "status";
  public static final String ACCEPTED = "accepted";
  public static final String REJECTED = "rejected_record";
  /** A blank line: not a record, kept only to be counted. */
  public static final String BLANK = "blank";
  /** An accepted record's individual labels, each P(chosen preferred); empty when unlabelled. */
  public static final String LABELS = "labels";
  /** Whether the chosen response is the one the pair id sorts first (orients labels across records). */
  public static final String CHOSEN_FIRST = "chosen_first";

  public static final StructType SCHEMA = new StructType()
      .add(RejectsTable.LOCATION, DataTypes.StringType, false)
      .add(ORDINAL, DataTypes.LongType, false)
      .add(STATUS, DataTypes.StringType, false)
      .add(PairsTable.PAIR_ID, DataTypes.StringType, true)
      .add(PairsTable.SOURCE, DataTypes.StringType, true)
      .add(PairsTable.SPLIT, DataTypes.StringType, true)
      .add(PairsTable.PROMPT, DataTypes.StringType, true)
      .add(PairsTable.CHOSEN, DataTypes.StringType, true)
      .add(PairsTable.REJECTED, DataTypes.StringType, true)
      .add(PairsTable.LABEL_SOURCE, DataTypes.StringType, true)
      .add(PairsTable.LABEL_P, DataTypes.DoubleType, true)
      .add(PairsTable.META, DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), true)
      .add(LABELS, DataTypes.createArrayType(DataTypes.DoubleType, false), true)
      .add(CHOSEN_FIRST, DataTypes.BooleanType, true)
      .add(RejectsTable.REASON, DataTypes.StringType, true)
      .add(RejectsTable.DETAIL, DataTypes.StringType, true)
      .add(RejectsTable.EXCERPT, DataTypes.StringType, true);

  private StagingRows() {}

  /** A row for one record's result; {@code rawText} is only asked for (to excerpt) when the record was rejected. */
  public static Row of(String location, long ordinal, RecordResult result, Supplier<String> rawText) {
    if (result instanceof RecordResult.Accepted accepted) {
      return accepted(location, ordinal, accepted.pair());
    }
    RecordResult.Rejected rejected = (RecordResult.Rejected) result;
    return RowFactory.create(location, ordinal, REJECTED, null, null, null, null, null, null, null, null, null,
        null, null, rejected.reason().name(), rejected.detail(), Excerpts.of(rawText.get(), RejectsTable.MAX_EXCERPT_CHARS));
  }

  /** A blank line at {@code location}. */
  public static Row blank(String location, long ordinal) {
    return RowFactory.create(location, ordinal, BLANK, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
  }

  private static Row accepted(String location, long ordinal, ParsedPair pair) {
    return RowFactory.create(location, ordinal, ACCEPTED, pair.pairId(), pair.source(), pair.split(), pair.prompt(),
        pair.chosen(), pair.rejected(), pair.labelSource(), pair.labelP(),
        JavaConverters.mapAsScalaMap(pair.meta()), JavaConverters.asScalaBuffer(pair.labels()).toList(),
        pair.chosenFirst(), null, null, null);
  }

  /**
   * Orders records across inputs: file index in the high bits, position in the file in the low 40 bits (a trillion
   * records per file).
   */
  public static long ordinal(int fileIndex, long position) {
    return ((long) fileIndex << 40) | position;
  }
}
