package io.rewardlake.spark.judge;

import io.rewardlake.core.judge.JudgeItem;
import io.rewardlake.core.judge.JudgeOutcome;
import io.rewardlake.core.judge.JudgeStream;
import io.rewardlake.core.judge.PairJudge;
import io.rewardlake.core.judge.TokenPrices;
import io.rewardlake.core.judge.Usage;
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
  private final TokenPrices prices;

  public JudgePartition(JudgeFactory factory, String runId, TokenPrices prices) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.runId = Objects.requireNonNull(runId, "runId");
    this.prices = Objects.requireNonNull(prices, "prices");
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
        return item(rows.next());
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
        billed ? usage.estimatedCalls() > 0 : null, prices.cost(usage));
  }
}
