package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code annotations}: every label ingest has accepted, one row per annotation, so that several labels of one pair
 * are combined rather than one kept. {@code pairs.label_p} is the mean of a pair's annotations; this table is what a
 * later ingest adds to and recomputes from.
 *
 * <p>An annotation is identified by where it was read (file, line or row, position in the record's labels), so
 * ingesting the same file again adds nothing. Its label is stated for the response the pair id sorts first
 * ({@code p_first}), which makes it independent of which response any record or row calls chosen.
 */
public final class AnnotationsTable {
  public static final String NAME = "annotations";

  public static final String ANNOTATION_ID = "annotation_id";
  public static final String PAIR_ID = PairsTable.PAIR_ID;
  public static final String SOURCE = PairsTable.SOURCE;
  public static final String LABEL_SOURCE = PairsTable.LABEL_SOURCE;
  public static final String P_FIRST = "p_first";
  public static final String RUN_ID = Columns.RUN_ID;

  public static final StructType SCHEMA = new StructType()
      .add(required(ANNOTATION_ID, DataTypes.StringType,
          "where the label was read: file:line or file:row, #position in the record's labels"))
      .add(required(PAIR_ID, DataTypes.StringType, "the pair labelled (pairs.pair_id)"))
      .add(required(SOURCE, DataTypes.StringType, "source the record was ingested as"))
      .add(required(LABEL_SOURCE, DataTypes.StringType, "human | ai | synthetic"))
      .add(required(P_FIRST, DataTypes.DoubleType,
          "P(the response whose normalised text sorts first is preferred): 1, 0, 0.5 for a tie, or a soft label"))
      .add(Columns.runId());

  static final String DESCRIPTION = "Written by ingest: one row per accepted label, keyed by where it was read, so "
      + "labels of one pair from several records, files or ingests are all kept; pairs.label_p is their mean.";

  public static final TableContract CONTRACT = new TableContract(NAME, DESCRIPTION, SCHEMA, List.of(),
      Columns.properties("annotation_id,pair_id,source"));

  private AnnotationsTable() {}
}
