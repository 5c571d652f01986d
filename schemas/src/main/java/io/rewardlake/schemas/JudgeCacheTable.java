package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.optional;
import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code judge_cache}: every reply an http judge was paid for, keyed by its request (endpoint, model and body,
 * hashed), so that no identical request is sent twice, in a run or across runs. Filed also under the pair's content
 * key, which is how a run finds the replies for the pairs it is about to judge.
 */
public final class JudgeCacheTable {
  public static final String NAME = "judge_cache";

  public static final String REQUEST_KEY = "request_key";
  public static final String CONTENT_KEY = "content_key";
  public static final String JUDGE_ID = "judge_id";
  public static final String LOGPROBS = "logprobs";
  public static final String TEXT = "text";
  public static final String PROMPT_TOKENS = "prompt_tokens";
  public static final String COMPLETION_TOKENS = "completion_tokens";
  public static final String RUN_ID = Columns.RUN_ID;

  public static final StructType SCHEMA = new StructType()
      .add(required(REQUEST_KEY, DataTypes.StringType, "SHA-256 of endpoint, model and request body"))
      .add(required(CONTENT_KEY, DataTypes.StringType, "SHA-256 of the pair's context, A and B"))
      .add(required(JUDGE_ID, DataTypes.StringType, "judge (backend + model) id"))
      .add(optional(LOGPROBS, Columns.DOUBLE_MAP, "a label request's top log-probabilities at the answer position"))
      .add(optional(TEXT, DataTypes.StringType, "a generation's text (chain-of-thought rationale)"))
      .add(required(PROMPT_TOKENS, DataTypes.LongType, "prompt tokens the reply was billed"))
      .add(required(COMPLETION_TOKENS, DataTypes.LongType, "completion tokens the reply was billed"))
      .add(Columns.runId());

  static final String DESCRIPTION = "Written by label with an http judge: each paid reply once, by request key, so a "
      + "repeated request (a re-run, a killed run, duplicate pairs, another template sharing a request) is answered "
      + "without a call.";

  public static final TableContract CONTRACT = new TableContract(NAME, DESCRIPTION, SCHEMA, List.of(),
      Columns.properties("request_key,content_key,judge_id"));

  private JudgeCacheTable() {}
}
