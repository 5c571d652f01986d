package io.rewardlake.spark.judge;

import io.rewardlake.core.judge.ContentKey;
import io.rewardlake.core.judge.JudgeItem;
import io.rewardlake.core.judge.JudgeOutcome;
import io.rewardlake.core.judge.JudgeStream;
import io.rewardlake.core.judge.PairJudge;
import io.rewardlake.core.judge.TokenPrices;
import io.rewardlake.core.judge.Usage;
import io.rewardlake.core.judge.http.CachedReply;
import io.rewardlake.core.judge.http.MemoryReplyCache;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Executor side of {@code label}: reads pairs with the {@link #INPUT_COLUMNS}, keeps the factory's window of pairs in
 * flight with the executor's shared judge, and yields one {@code ai_labels} row per pair as it completes.
 *
 * <p>With a request cache ({@code spoolDir} not null) rows may also carry {@link #CACHED}, the replies
 * {@code judge_cache} holds for the pair's content; they answer the requests they match, and every new reply is
 * spooled at once under {@code spoolDir/<run>/}.
 */
public final class JudgePartition implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  /** Columns the input rows must have, by name. */
  public static final List<String> INPUT_COLUMNS = List.of("pair_id", "prompt", "chosen", "rejected");
  /**
   * Optional input column: array of structs (request_key, logprobs, text, prompt_tokens, completion_tokens), the
   * cached replies for the pair's content.
   */
  public static final String CACHED = "cached";

  private final JudgeFactory factory;
  private final String runId;
  private final TokenPrices prices;
  private final String spoolDir;

  /** {@code spoolDir}: where new replies are spooled; null judges without a request cache. */
  public JudgePartition(JudgeFactory factory, String runId, TokenPrices prices, String spoolDir) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.runId = Objects.requireNonNull(runId, "runId");
    this.prices = Objects.requireNonNull(prices, "prices");
    this.spoolDir = spoolDir;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    MemoryReplyCache memory = ExecutorReplyCaches.memory();
    ReplySpool spool = spoolDir == null ? null : spool(memory);
    PairJudge judge = spool == null ? factory.judge() : factory.judge(spool);
    Iterator<JudgeItem> items = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public JudgeItem next() {
        Row row = rows.next();
        if (spool != null) {
          bringAlong(row, memory);
        }
        return item(row);
      }
    };
    JudgeStream outcomes = new JudgeStream(items, judge, factory.batchSize(), factory.window());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return outcomes.hasNext();
      }

      @Override
      public Row next() {
        return row(judge, outcomes.next());
      }
    };
  }

  /** The task's spool file, closed when the task ends (a killed task leaves what it flushed). */
  private ReplySpool spool(MemoryReplyCache memory) {
    TaskContext task = TaskContext.get();
    String name = task == null ? "local-" + java.util.UUID.randomUUID()
        : "part-" + task.partitionId() + "-" + task.taskAttemptId();
    ReplySpool spool = new ReplySpool(memory, new Path(spoolDir + "/" + runId + "/" + name + ".jsonl"), runId);
    if (task != null) {
      task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> spool.close());
    }
    return spool;
  }

  /** Puts the replies the row carries into the executor's memory, where the pair's requests will look first. */
  private static void bringAlong(Row row, MemoryReplyCache memory) {
    int field = row.schema().getFieldIndex(CACHED).getOrElse(() -> -1);
    if (field < 0 || row.isNullAt(field)) {
      return;
    }
    String contentKey = ContentKey.of(item(row));
    for (Row reply : row.<Row>getList(field)) {
      memory.remember(new CachedReply(reply.getAs("request_key"), contentKey, "",
          reply.isNullAt(reply.fieldIndex("logprobs")) ? null : reply.getJavaMap(reply.fieldIndex("logprobs")),
          reply.getAs("text"), reply.<Long>getAs("prompt_tokens"), reply.<Long>getAs("completion_tokens")));
    }
  }

  /** The pair of a row with the {@link #INPUT_COLUMNS}: A is chosen, B rejected. */
  public static JudgeItem item(Row row) {
    return new JudgeItem(row.getAs("pair_id"), row.getAs("prompt"), row.getAs("chosen"), row.getAs("rejected"));
  }

  /** One {@code ai_labels} row; the token columns stay null for judges that bill nothing (ensemble, local LM). */
  private Row row(PairJudge judge, JudgeOutcome outcome) {
    Usage usage = outcome.usage();
    boolean billed = !usage.none();
    return RowFactory.create(outcome.pairId(), judge.id(), judge.templateId(), judge.mode().id(), outcome.pAb(),
        outcome.pBa(), outcome.pA(), outcome.positionConsistent(), outcome.rationale(), outcome.scores(),
        outcome.status().id(), outcome.error(), outcome.attempts(), outcome.latencyMs(), runId,
        billed ? usage.promptTokens() : null, billed ? usage.completionTokens() : null,
        billed ? usage.estimatedCalls() > 0 : null, prices.cost(usage), billed ? usage.cachedCalls() : null);
  }
}
