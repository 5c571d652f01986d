package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.optional;
import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code gold_curve}: best-of-N measured against a gold score the ensemble never saw (the scored samples' gold
 * column), written by {@code reward} when the samples carry one. Per N and selection: the mean gold of the picks
 * over the prompts with at least N candidates, with a 95% bootstrap interval over prompts. Selections are
 * {@code random} (a random candidate), the rules {@code mean}, {@code lcb}, {@code min}, and {@code lambda} rows of
 * the λ sweep (pick by mean − λ·std) at the largest N.
 */
public final class GoldCurveTable {
  public static final String NAME = "gold_curve";

  public static final String ENSEMBLE_ID = RewardsTable.ENSEMBLE_ID;
  public static final String N = "n";
  public static final String SELECTION = "selection";
  public static final String LAMBDA = RewardsTable.LAMBDA;
  public static final String PROMPTS = "prompts";
  public static final String GOLD = "gold";
  public static final String GOLD_LOW = "gold_low";
  public static final String GOLD_HIGH = "gold_high";
  public static final String GOLD_COLUMN = "gold_column";
  public static final String RUN_ID = Columns.RUN_ID;

  /** Values of {@link #SELECTION} besides the rules' ids. */
  public static final String RANDOM = "random";
  public static final String SWEEP = "lambda";

  public static final StructType SCHEMA = new StructType()
      .add(required(ENSEMBLE_ID, DataTypes.StringType, "ensemble whose rewards picked"))
      .add(required(N, DataTypes.IntegerType, "candidates per prompt the pick chose among"))
      .add(required(SELECTION, DataTypes.StringType, "random | mean | lcb | min | lambda (the sweep)"))
      .add(optional(LAMBDA, DataTypes.DoubleType, "lambda of mean - lambda * std (lcb and the sweep)"))
      .add(required(PROMPTS, DataTypes.LongType, "prompts with at least N candidates"))
      .add(required(GOLD, DataTypes.DoubleType, "mean gold score of the picks"))
      .add(required(GOLD_LOW, DataTypes.DoubleType, "95% bootstrap interval over prompts, lower bound"))
      .add(required(GOLD_HIGH, DataTypes.DoubleType, "95% bootstrap interval over prompts, upper bound"))
      .add(required(GOLD_COLUMN, DataTypes.StringType, "column of the samples holding the gold score"))
      .add(Columns.runId());

  public static final List<String> PARTITION_COLUMNS = List.of();

  static final String DESCRIPTION = "Written by reward when the samples carry a gold score: per N and selection (random, mean, "
      + "lcb, min, and the lambda sweep), the mean gold of the picks with a 95% bootstrap interval "
      + "over prompts.";

  public static final TableContract CONTRACT = new TableContract(
      NAME, DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("ensemble_id,n,selection,lambda"));

  private GoldCurveTable() {}
}
