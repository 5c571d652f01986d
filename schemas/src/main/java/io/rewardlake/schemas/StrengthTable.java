package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code strength}: the multi-reward-model vote per pair. {@code diffs[m]} = r_m(prompt, chosen) − r_m(prompt,
 * rejected) over the members that voted; mean and std of those are the pair's preference strength.
 */
public final class StrengthTable {
  public static final String NAME = "strength";

  public static final String PAIR_ID = "pair_id";
  public static final String ENSEMBLE_ID = "ensemble_id";
  public static final String DIFFS = "diffs";
  public static final String STRENGTH_MEAN = "strength_mean";
  public static final String STRENGTH_STD = "strength_std";
  public static final String VOTES_FOR_CHOSEN = "votes_for_chosen";
  public static final String P_CHOSEN = "p_chosen";
  public static final String OUT_OF_FOLD = "out_of_fold";
  public static final String VOTING_MEMBERS = "voting_members";
  public static final String RUN_ID = Columns.RUN_ID;

  public static final StructType SCHEMA = new StructType()
      .add(required(PAIR_ID, DataTypes.StringType, "pair voted on"))
      .add(required(ENSEMBLE_ID, DataTypes.StringType, "ensemble that voted"))
      .add(required(DIFFS, Columns.DOUBLE_ARRAY, "per voting member: r(chosen) - r(rejected)"))
      .add(required(STRENGTH_MEAN, DataTypes.DoubleType, "mean of diffs"))
      .add(required(STRENGTH_STD, DataTypes.DoubleType, "standard deviation of diffs"))
      .add(required(VOTES_FOR_CHOSEN, DataTypes.IntegerType, "members with a positive diff"))
      .add(required(P_CHOSEN, DataTypes.DoubleType, "mean of sigmoid(diff)"))
      .add(required(OUT_OF_FOLD, DataTypes.BooleanType, "true when only members that did not train on the pair voted"))
      .add(required(VOTING_MEMBERS, DataTypes.IntegerType, "how many members voted"))
      .add(Columns.runId());

  public static final List<String> PARTITION_COLUMNS = List.of();

  static final String DESCRIPTION = "Written by vote: per pair and ensemble, each voting member's reward difference (chosen "
      + "minus rejected), their mean (the preference strength) and std, votes for chosen and mean "
      + "P(chosen).";

  public static final TableContract CONTRACT = new TableContract(
      NAME, DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("pair_id,ensemble_id,strength_mean,strength_std"));

  private StrengthTable() {}
}
