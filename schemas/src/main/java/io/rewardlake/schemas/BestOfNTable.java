package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.optional;
import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code best_of_n}: for every prompt with candidates in {@code rewards}, the response each selection rule picks
 * (highest reward mean, highest conservative reward mean − λ·std, highest worst-case member), with all three scores
 * of the pick. Not in the original table list: best-of-N is a per-prompt result, and folding it into per-sample
 * {@code rewards} rows would repeat it on every candidate.
 */
public final class BestOfNTable {
  public static final String NAME = "best_of_n";

  // A pick is a rewards row: its columns keep the rewards table's names.
  public static final String PROMPT_ID = RewardsTable.PROMPT_ID;
  public static final String RULE = "rule";
  public static final String CANDIDATES = "candidates";
  public static final String SAMPLE_ID = RewardsTable.SAMPLE_ID;
  public static final String RESPONSE = RewardsTable.RESPONSE;
  public static final String REWARD_MEAN = RewardsTable.REWARD_MEAN;
  public static final String REWARD_STD = RewardsTable.REWARD_STD;
  public static final String REWARD_MIN = RewardsTable.REWARD_MIN;
  public static final String REWARD_LCB = RewardsTable.REWARD_LCB;
  public static final String LAMBDA = RewardsTable.LAMBDA;
  public static final String ENSEMBLE_ID = RewardsTable.ENSEMBLE_ID;
  public static final String RUN_ID = Columns.RUN_ID;

  /** Values of {@link #RULE}. */
  public static final List<String> RULES = List.of("mean", "lcb", "min");

  public static final StructType SCHEMA = new StructType()
      .add(required(PROMPT_ID, DataTypes.StringType, "prompt whose candidates were compared"))
      .add(required(RULE, DataTypes.StringType, "mean | lcb | min: the score maximised"))
      .add(required(CANDIDATES, DataTypes.IntegerType, "N: candidates of the prompt that were compared"))
      .add(required(SAMPLE_ID, DataTypes.StringType, "the picked sample"))
      .add(required(RESPONSE, DataTypes.StringType, "the picked response"))
      .add(required(REWARD_MEAN, DataTypes.DoubleType, "the pick's reward mean"))
      .add(required(REWARD_STD, DataTypes.DoubleType, "the pick's reward std"))
      .add(required(REWARD_MIN, DataTypes.DoubleType, "the pick's worst member"))
      .add(required(REWARD_LCB, DataTypes.DoubleType, "the pick's mean - lambda * std"))
      .add(required(LAMBDA, DataTypes.DoubleType, "lambda of reward_lcb"))
      .add(required(ENSEMBLE_ID, DataTypes.StringType, "ensemble that scored"))
      .add(Columns.runId());

  public static final List<String> PARTITION_COLUMNS = List.of();

  static final String DESCRIPTION = "Written by reward: per prompt and selection rule (mean, lcb, min), the candidate the rule "
      + "picks, with all its scores and the number of candidates compared.";

  public static final TableContract CONTRACT = new TableContract(
      NAME, DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("prompt_id,rule,sample_id,ensemble_id"));

  private BestOfNTable() {}
}
