package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.optional;
import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code rewards}: ensemble rewards per (prompt, response) sample with their spread and the conservative reward
 * {@code reward_lcb = reward_mean − lambda · reward_std}.
 */
public final class RewardsTable {
  public static final String NAME = "rewards";

  public static final String SAMPLE_ID = "sample_id";
  public static final String PROMPT_ID = "prompt_id";
  public static final String RESPONSE = "response";
  public static final String REWARD_MEAN = "reward_mean";
  public static final String REWARD_STD = "reward_std";
  public static final String REWARD_MIN = "reward_min";
  public static final String REWARD_LCB = "reward_lcb";
  public static final String LAMBDA = "lambda";
  public static final String ENSEMBLE_ID = "ensemble_id";
  public static final String RUN_ID = Columns.RUN_ID;

  public static final StructType SCHEMA = new StructType()
      .add(required(SAMPLE_ID, DataTypes.StringType, "id of the (prompt, response) sample"))
      .add(optional(PROMPT_ID, DataTypes.StringType, "groups candidates of one prompt (best-of-N)"))
      .add(required(RESPONSE, DataTypes.StringType, "response scored"))
      .add(required(REWARD_MEAN, DataTypes.DoubleType, "mean of the members' standardised rewards"))
      .add(required(REWARD_STD, DataTypes.DoubleType, "std of the members' standardised rewards"))
      .add(required(REWARD_MIN, DataTypes.DoubleType, "worst case over members"))
      .add(required(REWARD_LCB, DataTypes.DoubleType, "mean - lambda * std"))
      .add(required(LAMBDA, DataTypes.DoubleType, "lambda used for reward_lcb"))
      .add(required(ENSEMBLE_ID, DataTypes.StringType, "ensemble that scored"))
      .add(Columns.runId());

  public static final List<String> PARTITION_COLUMNS = List.of();

  static final String DESCRIPTION = "Written by reward: per (prompt, response) sample and ensemble, the members' standardised "
      + "reward mean, std, min and the conservative reward_lcb = mean - lambda * std.";

  public static final TableContract CONTRACT = new TableContract(
      NAME, DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("sample_id,prompt_id,reward_mean,reward_lcb,ensemble_id"));

  private RewardsTable() {}
}
