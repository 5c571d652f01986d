package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.optional;
import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code evaluations}: what {@code evaluate --inject-flips} (the injected-noise audit), {@code evaluate
 * --ablation} (the strength ablation) and {@code length-bias} measured on this lake, in long form: one row per measure, subject and
 * population. Each run replaces the rows of its evaluation and vote ensemble; Delta's history keeps the earlier ones.
 * The audit's and the ablation's own models and tables live in a scratch lake; only these results come back here.
 *
 * <p>Measures: {@code injected} (share of eligible training labels flipped), {@code flip_auc} (ROC-AUC for "this
 * label was flipped" of the {@code vote} and of a {@code length}-only score, on {@code training} or
 * {@code length_matched} pairs), {@code action_precision} and {@code action_recall} (per cleaning action),
 * {@code held_out_accuracy} (per ensemble or training set, on the {@code held_out} pairs), {@code vs_baseline}
 * (paired difference to the raw ensemble or to training on all pairs), {@code gap_closed} (share of the
 * raw-to-oracle gap cleaning closes) and {@code training_pairs}; {@code length_bias}: {@code longer_preferred},
 * {@code mean_p_longer} (labels), {@code length_correlation} and {@code length_slope} (ensembles), per group.
 */
public final class EvaluationsTable {
  public static final String NAME = "evaluations";

  public static final String EVALUATION = "evaluation";
  public static final String ENSEMBLE_ID = StrengthTable.ENSEMBLE_ID;
  public static final String MEASURE = "measure";
  public static final String SUBJECT = "subject";
  public static final String POPULATION = "population";
  public static final String VALUE = "value";
  public static final String LOW = "low";
  public static final String HIGH = "high";
  public static final String ITEMS = "items";
  public static final String SETTINGS = "settings";
  public static final String RUN_ID = Columns.RUN_ID;

  /** Values of {@link #EVALUATION}. */
  public static final String AUDIT = "audit";
  public static final String ABLATION = "ablation";

  public static final StructType SCHEMA = new StructType()
      .add(required(EVALUATION, DataTypes.StringType, "audit (evaluate --inject-flips) | ablation (evaluate"
          + " --ablation) | length_bias (length-bias)"))
      .add(required(ENSEMBLE_ID, DataTypes.StringType, "ensemble whose strength the evaluation used ('labels' for"
          + " length_bias figures of the labels)"))
      .add(required(MEASURE, DataTypes.StringType, "what was measured: injected | flip_auc | action_precision |"
          + " action_recall | held_out_accuracy | vs_baseline | gap_closed | training_pairs | longer_preferred |"
          + " mean_p_longer | length_correlation | length_slope"))
      .add(required(SUBJECT, DataTypes.StringType, "what it was measured of: vote | length | a cleaning action |"
          + " raw | cleaned | oracle | a training set (clean policy)"))
      .add(required(POPULATION, DataTypes.StringType, "which pairs: training | length_matched | held_out; for"
          + " length_bias all or the breakdown (source, split, meta:KEY) with the group in subject"))
      .add(optional(VALUE, DataTypes.DoubleType, "the estimate; null when undefined (no pairs to measure on)"))
      .add(optional(LOW, DataTypes.DoubleType, "95% bootstrap interval, lower bound (held-out measures)"))
      .add(optional(HIGH, DataTypes.DoubleType, "95% bootstrap interval, upper bound (held-out measures)"))
      .add(required(ITEMS, DataTypes.LongType, "pairs the estimate is over"))
      .add(required(SETTINGS, Columns.STRING_MAP, "settings of the run: source lake, share, seed, policy, ..."))
      .add(Columns.runId());

  public static final List<String> PARTITION_COLUMNS = List.of();

  static final String DESCRIPTION = "Written by evaluate --inject-flips, --ablation and length-bias: one row per measure, subject and "
      + "population, with its value, 95% interval and the run's settings; a new run replaces the "
      + "rows of its evaluation and ensemble.";

  public static final TableContract CONTRACT = new TableContract(
      NAME, DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("evaluation,ensemble_id,measure,subject,population"));

  private EvaluationsTable() {}
}
