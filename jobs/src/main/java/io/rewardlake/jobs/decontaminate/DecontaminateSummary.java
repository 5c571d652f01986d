package io.rewardlake.jobs.decontaminate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.ContaminationTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What one decontaminate run found.
 *
 * @param pairs pairs compared
 * @param benchmarks each benchmark's distinct n-grams and contaminated pairs
 * @param contaminated pairs contaminated by at least one benchmark
 */
public record DecontaminateSummary(int ngram, long pairs, List<BenchmarkLine> benchmarks, long contaminated,
                                   String tablePath, long tableVersion, double seconds) {

  /** One benchmark: its distinct n-grams and the pairs sharing one. */
  public record BenchmarkLine(String name, long ngrams, long pairs) {
    BenchmarkLine(String name, long ngrams) {
      this(name, ngrams, 0);
    }
  }

  static DecontaminateSummary of(DecontaminateConfig config, List<BenchmarkLine> read, long pairs,
                                 Dataset<Row> written, Lakehouse lake, double seconds) {
    Map<String, Long> byBenchmark = new HashMap<>();
    // one row per benchmark: safe to collect
    for (Row row : written.groupBy(ContaminationTable.BENCHMARK).agg(count(col(ContaminationTable.PAIR_ID)))
        .collectAsList()) {
      byBenchmark.put(row.getString(0), row.getLong(1));
    }
    List<BenchmarkLine> lines = read.stream().map(line ->
        new BenchmarkLine(line.name(), line.ngrams(), byBenchmark.getOrDefault(line.name(), 0L))).toList();
    long contaminated = written.agg(countDistinct(col(ContaminationTable.PAIR_ID))).first().getLong(0);
    return new DecontaminateSummary(config.ngram(), pairs, lines, contaminated,
        lake.path(ContaminationTable.CONTRACT), lake.version(ContaminationTable.CONTRACT), seconds);
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "decontaminate: %,d pairs compared with %d benchmark(s) by %d-word n-grams"
        + " in %.1f s", pairs, benchmarks.size(), ngram, seconds));
    for (BenchmarkLine line : benchmarks) {
      lines.add(String.format(Locale.ROOT, "  %-24s %,12d n-grams %,10d pairs contaminated", line.name(),
          line.ngrams(), line.pairs()));
    }
    lines.add(String.format(Locale.ROOT, "  contaminated pairs (any benchmark): %,d of %,d; clean drops them with the"
        + " reason contaminated:<benchmark>", contaminated, pairs));
    lines.add("  contamination -> " + tablePath + " (version " + tableVersion + ")");
    return lines;
  }
}
