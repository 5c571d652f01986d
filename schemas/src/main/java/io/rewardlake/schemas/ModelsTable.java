package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.optional;
import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code models}: one row per trained ensemble member, with where it is stored and its held-out metrics. */
public final class ModelsTable {
  public static final String NAME = "models";

  public static final String MODEL_ID = "model_id";
  public static final String ENSEMBLE_ID = "ensemble_id";
  public static final String FAMILY = "family";
  public static final String MEMBER_INDEX = "member_index";
  public static final String TRAINING_SUBSET = "training_subset";
  public static final String METRICS = "metrics";
  public static final String PATH = "path";
  public static final String RUN_ID = Columns.RUN_ID;

  public static final StructType SCHEMA = new StructType()
      .add(required(MODEL_ID, DataTypes.StringType, "unique id of the member model"))
      .add(required(ENSEMBLE_ID, DataTypes.StringType, "ensemble the member belongs to"))
      .add(required(FAMILY, DataTypes.StringType, "reward-model family, e.g. builtin or djl"))
      .add(required(MEMBER_INDEX, DataTypes.IntegerType, "0-based index within the ensemble"))
      .add(required(TRAINING_SUBSET, DataTypes.StringType, "rule selecting its training pairs (fold or bootstrap seed)"))
      .add(optional(METRICS, Columns.DOUBLE_MAP, "held-out metrics: accuracy, log_loss, ece, per source"))
      .add(required(PATH, DataTypes.StringType, "model directory (any Hadoop-compatible path)"))
      .add(Columns.runId());

  public static final List<String> PARTITION_COLUMNS = List.of();

  static final String DESCRIPTION = "Written by train and assemble: one row per ensemble member, with where the model is "
      + "stored, the subset it trained on and its held-out metrics.";

  public static final TableContract CONTRACT =
      new TableContract(NAME, DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("model_id,ensemble_id,family,member_index"));

  private ModelsTable() {}
}
