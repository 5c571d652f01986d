package io.rewardlake.spark.judge;

import io.rewardlake.core.judge.JudgeItem;
import io.rewardlake.core.judge.JudgeOutcome;
import io.rewardlake.core.judge.JudgeStream;
import io.rewardlake.core.judge.PairJudge;
import io.rewardlake.schemas.AiLabelsTable;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Executor side of {@code label}: reads pairs with the {@link #INPUT_COLUMNS}, keeps the factory's window of pairs in
 * flight with the executor's shared judge, and yields one {@link AiLabelsTable} row per pair as it completes.
 */
public final class JudgePartition implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  /** Columns the input rows must have, by name. */
  public static final List<String> INPUT_COLUMNS = List.of("pair_id", "prompt", "chosen", "rejected");

  private final JudgeFactory factory;
  private final String runId;

  public JudgePartition(JudgeFactory factory, String runId) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.runId = Objects.requireNonNull(runId, "runId");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    PairJudge judge = factory.judge();
    Iterator<JudgeItem> items = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public JudgeItem next() {
        Row row = rows.next();
        return new JudgeItem(row.getAs("pair_id"), row.getAs("prompt"), row.getAs("chosen"), row.getAs("rejected"));
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

  private Row row(PairJudge judge, JudgeOutcome outcome) {
    return RowFactory.create(outcome.pairId(), judge.id(), judge.templateId(), judge.mode().id(), outcome.pAb(),
        outcome.pBa(), outcome.pA(), outcome.positionConsistent(), outcome.rationale(), outcome.scores(),
        outcome.status().id(), outcome.error(), outcome.attempts(), outcome.latencyMs(), runId);
  }
}
