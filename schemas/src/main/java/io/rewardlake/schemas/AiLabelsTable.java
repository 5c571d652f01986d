package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.optional;
import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code ai_labels}: RLAIF judge outputs. Response A is the pair's {@code chosen}, B its {@code rejected}; the judge
 * sees both orders; {@code p_a_ab} and {@code p_a_ba} are P(the response shown first is better) with A and with B
 * shown first, and {@code p_a} = (p_a_ab + 1 − p_a_ba) / 2 averages them to remove position bias. Failed calls are rows too, with a status and an error.
 */
public final class AiLabelsTable {
  public static final String NAME = "ai_labels";

  public static final String PAIR_ID = "pair_id";
  public static final String JUDGE_ID = "judge_id";
  public static final String TEMPLATE_ID = "template_id";
  public static final String MODE = "mode";
  public static final String P_A_AB = "p_a_ab";
  public static final String P_A_BA = "p_a_ba";
  public static final String P_A = "p_a";
  public static final String POSITION_CONSISTENT = "position_consistent";
  public static final String RATIONALE = "rationale";
  public static final String SCORES = "scores";
  public static final String STATUS = "status";
  public static final String ERROR = "error";
  public static final String ATTEMPTS = "attempts";
  public static final String LATENCY_MS = "latency_ms";
  public static final String PROMPT_TOKENS = "prompt_tokens";
  public static final String COMPLETION_TOKENS = "completion_tokens";
  public static final String TOKENS_ESTIMATED = "tokens_estimated";
  public static final String COST = "cost";
  public static final String CACHED_CALLS = "cached_calls";
  public static final String RUN_ID = Columns.RUN_ID;

  /** Values of {@link #MODE}. */
  public static final List<String> MODES = List.of("pairwise", "cot", "direct");

  public static final StructType SCHEMA = new StructType()
      .add(required(PAIR_ID, DataTypes.StringType, "pair judged"))
      .add(required(JUDGE_ID, DataTypes.StringType, "judge (backend + model) id"))
      .add(required(TEMPLATE_ID, DataTypes.StringType, "prompt template id and version"))
      .add(required(MODE, DataTypes.StringType, "pairwise | cot | direct"))
      .add(optional(P_A_AB, DataTypes.DoubleType, "P(first shown better) in the order (A, B): P(A better)"))
      .add(optional(P_A_BA, DataTypes.DoubleType, "P(first shown better) in the order (B, A): P(B better)"))
      .add(optional(P_A, DataTypes.DoubleType, "mean of both orders: the debiased soft label"))
      .add(optional(POSITION_CONSISTENT, DataTypes.BooleanType, "both orders prefer the same response"))
      .add(optional(RATIONALE, DataTypes.StringType, "chain-of-thought rationale (cot mode)"))
      .add(optional(SCORES, Columns.DOUBLE_ARRAY, "direct mode: expected 1-10 scores of A and B"))
      .add(required(STATUS, DataTypes.StringType, "ok or the failure kind"))
      .add(optional(ERROR, DataTypes.StringType, "what failed (never contains secrets)"))
      .add(required(ATTEMPTS, DataTypes.IntegerType, "calls made, retries included"))
      .add(required(LATENCY_MS, DataTypes.LongType, "wall time spent on the pair"))
      .add(Columns.runId())
      // Added after the first release: optional, so older tables gain them as null columns (Lakehouse evolves them).
      .add(optional(PROMPT_TOKENS, DataTypes.LongType, "prompt tokens billed for the pair's replies (null: no billing)"))
      .add(optional(COMPLETION_TOKENS, DataTypes.LongType, "completion tokens billed for the pair's replies"))
      .add(optional(TOKENS_ESTIMATED, DataTypes.BooleanType,
          "some reply had no usage object: its tokens are estimated (4 characters per token)"))
      .add(optional(COST, DataTypes.DoubleType, "tokens priced with judge.price_*_per_1k; null without prices"))
      .add(optional(CACHED_CALLS, DataTypes.IntegerType,
          "requests answered from judge_cache instead of the judge (not billed again)"));

  public static final List<String> PARTITION_COLUMNS = List.of();

  static final String DESCRIPTION = "Written by label: one row per pair, judge, template and mode with the judge's soft label "
      + "P(A better) in both presentation orders and their mean; failed calls are rows too, with a "
      + "status and the error.";

  public static final TableContract CONTRACT = new TableContract(
      NAME, DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("pair_id,judge_id,template_id,mode,p_a,status"));

  private AiLabelsTable() {}
}
