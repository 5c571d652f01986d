package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.optional;
import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code pairs_clean}: training pairs after a cleaning policy acted on their preference strength. Flipped pairs have
 * chosen and rejected already swapped; every row says what was done and why. {@link #STRENGTH_MEAN} and
 * {@link #STRENGTH_STD} are as the vote measured them, i.e. oriented like the pair in {@code pairs} (before any flip),
 * and null for pairs the ensemble did not vote on.
 */
public final class PairsCleanTable {
  public static final String NAME = "pairs_clean";

  public static final String PAIR_ID = "pair_id";
  public static final String PROMPT = "prompt";
  public static final String CHOSEN = "chosen";
  public static final String REJECTED = "rejected";
  public static final String TARGET_P = "target_p";
  public static final String MARGIN = "margin";
  public static final String WEIGHT = "weight";
  public static final String ACTION = "action";
  public static final String REASON = "reason";
  public static final String STRENGTH_MEAN = "strength_mean";
  public static final String STRENGTH_STD = "strength_std";
  public static final String POLICY_ID = "policy_id";
  public static final String RUN_ID = Columns.RUN_ID;

  /** Values of {@link #ACTION}; {@code margin} = kept with an adaptive margin from the strength. */
  public static final List<String> ACTIONS = List.of("keep", "flip", "smooth", "margin", "drop");

  public static final StructType SCHEMA = new StructType()
      .add(required(PAIR_ID, DataTypes.StringType, "pair id from pairs"))
      .add(required(PROMPT, DataTypes.StringType, "prompt"))
      .add(required(CHOSEN, DataTypes.StringType, "preferred response after cleaning"))
      .add(required(REJECTED, DataTypes.StringType, "dispreferred response after cleaning"))
      .add(required(TARGET_P, DataTypes.DoubleType, "training target P(chosen preferred)"))
      .add(required(MARGIN, DataTypes.DoubleType, "adaptive margin for -log sigmoid(r_c - r_r - margin)"))
      .add(required(WEIGHT, DataTypes.DoubleType, "per-pair loss weight"))
      .add(required(ACTION, DataTypes.StringType, "keep | flip | smooth | margin | drop"))
      .add(required(REASON, DataTypes.StringType, "human-readable reason for the action"))
      .add(optional(STRENGTH_MEAN, DataTypes.DoubleType, "preference strength mean the policy saw"))
      .add(optional(STRENGTH_STD, DataTypes.DoubleType, "preference strength std the policy saw"))
      .add(required(POLICY_ID, DataTypes.StringType, "cleaning policy id"))
      .add(Columns.runId());

  public static final List<String> PARTITION_COLUMNS = List.of();

  static final String DESCRIPTION = "Written by clean: one row per pair with the action a cleaning policy took (keep, flip, "
      + "smooth, margin, drop), why, and the training target, margin and weight; flipped pairs have "
      + "chosen and rejected swapped.";

  public static final TableContract CONTRACT = new TableContract(
      NAME, DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("pair_id,target_p,margin,weight,action,policy_id"));

  private PairsCleanTable() {}
}
