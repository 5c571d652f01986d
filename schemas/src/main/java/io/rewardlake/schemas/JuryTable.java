package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code jury}: several judges' {@code ai_labels} combined per pair. A judge here is one (judge, template, mode) of
 * {@code ai_labels}; only ok rows count.
 */
public final class JuryTable {
  public static final String NAME = "jury";

  public static final String PAIR_ID = "pair_id";
  public static final String JURY_ID = "jury_id";
  public static final String JUDGES = "judges";
  public static final String P_A = "p_a";
  public static final String P_A_MEAN = "p_a_mean";
  public static final String P_A_LOGODDS = "p_a_logodds";
  public static final String AGREEMENT = "agreement";
  public static final String RUN_ID = Columns.RUN_ID;

  public static final StructType SCHEMA = new StructType()
      .add(required(PAIR_ID, DataTypes.StringType, "pair judged"))
      .add(required(JURY_ID, DataTypes.StringType, "the jury (jury.id)"))
      .add(required(JUDGES, DataTypes.createArrayType(DataTypes.StringType, false),
          "judges that labelled the pair ok: judge_id|template_id|mode, sorted"))
      .add(required(P_A, Columns.DOUBLE_ARRAY, "each judge's P(A better), in the order of judges"))
      .add(required(P_A_MEAN, DataTypes.DoubleType, "mean of the judges' P(A better)"))
      .add(required(P_A_LOGODDS, DataTypes.DoubleType, "sigmoid of the mean of their log-odds"))
      .add(required(AGREEMENT, DataTypes.DoubleType, "share of judges on the majority side of 0.5"))
      .add(Columns.runId());

  static final String DESCRIPTION = "Written by jury: per pair, the judges' soft labels from ai_labels, their mean and "
      + "log-odds mean, and their agreement. The jury also votes in strength under its id, so clean can use it.";

  public static final TableContract CONTRACT = new TableContract(NAME, DESCRIPTION, SCHEMA, List.of(),
      Columns.properties("pair_id,jury_id,p_a_mean,agreement"));

  private JuryTable() {}
}
