package io.rewardlake.jobs.label;

import io.rewardlake.schemas.AiLabelsTable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * What the judged pairs of a run add up to: pairs by status and the tokens and cost billed for them, summed from the
 * {@code ai_labels} rows the run wrote (so the totals are the table's, exactly).
 *
 * @param estimatedRows rows whose tokens include an estimate (a reply without {@code usage})
 * @param cachedCalls requests answered from {@code judge_cache} instead of the judge
 * @param cost null when no row has a cost (no prices)
 */
public record Tally(Map<String, Long> statuses, long promptTokens, long completionTokens, long estimatedRows,
    Double cost, long cachedCalls) {
  public static final Tally EMPTY = new Tally(Map.of(), 0, 0, 0, null, 0);

  public Tally {
    statuses = Map.copyOf(statuses);
  }

  /** The tally of judged {@code ai_labels} rows, one aggregation by status. */
  static Tally of(Dataset<Row> judged) {
    List<Row> rows = judged.groupBy(AiLabelsTable.STATUS).agg(functions.count("*"),
        functions.sum(AiLabelsTable.PROMPT_TOKENS), functions.sum(AiLabelsTable.COMPLETION_TOKENS),
        functions.count_if(functions.col(AiLabelsTable.TOKENS_ESTIMATED)), functions.sum(AiLabelsTable.COST),
        functions.sum(AiLabelsTable.CACHED_CALLS))
        .collectAsList();
    Tally tally = EMPTY;
    for (Row row : rows) {
      tally = tally.plus(new Tally(Map.of(row.getString(0), row.getLong(1)), longOrZero(row, 2), longOrZero(row, 3),
          longOrZero(row, 4), row.isNullAt(5) ? null : row.getDouble(5), longOrZero(row, 6)));
    }
    return tally;
  }

  public Tally plus(Tally other) {
    Map<String, Long> merged = new TreeMap<>(statuses);
    other.statuses.forEach((status, count) -> merged.merge(status, count, Long::sum));
    Double sum = cost;
    if (other.cost != null) {
      sum = cost == null ? other.cost : Double.valueOf(cost + other.cost);
    }
    return new Tally(merged, promptTokens + other.promptTokens, completionTokens + other.completionTokens,
        estimatedRows + other.estimatedRows, sum, cachedCalls + other.cachedCalls);
  }

  public long pairs() {
    return statuses.values().stream().mapToLong(Long::longValue).sum();
  }

  public long tokens() {
    return promptTokens + completionTokens;
  }

  public double costOrZero() {
    return cost == null ? 0 : cost;
  }

  private static long longOrZero(Row row, int field) {
    return row.isNullAt(field) ? 0 : row.getLong(field);
  }
}
