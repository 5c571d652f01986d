package io.rewardlake.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.ContaminationTable;
import io.rewardlake.schemas.EvaluationsTable;
import io.rewardlake.schemas.NearDuplicatesTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Corpus hygiene: the pairs flagged by each benchmark ({@code contamination}), the near-duplicate clusters of each
 * kind ({@code near_duplicates}) and how much the labels and each ensemble prefer the longer response (the length-bias
 * rows of {@code evaluations}). Each part reads a few aggregated rows; a part whose table is missing says what writes
 * it.
 */
final class HygieneSection {
  static final String ID = "hygiene";
  static final String TITLE = "Corpus hygiene: contamination, near duplicates, length bias";
  private static final String LENGTH_BIAS = "length_bias";

  private HygieneSection() {}

  /** A benchmark and the pairs whose prompt it contaminates. */
  record Contamination(String benchmark, long pairs) {}

  /** One kind of near-duplicate clusters. */
  record Duplicates(String of, long clusters, long pairs, long nearClusters, long dropped) {}

  /** One subject's length preference over all its pairs ("labels" or an ensemble). */
  record LengthPreference(String subject, Double longerPreferred, long decided, Double correlation) {}

  static Section build(Lakehouse lake) {
    List<Contamination> contamination = lake.exists(ContaminationTable.CONTRACT) ? contamination(lake) : null;
    List<Duplicates> duplicates = lake.exists(NearDuplicatesTable.CONTRACT) ? duplicates(lake) : null;
    List<LengthPreference> length = lake.exists(EvaluationsTable.CONTRACT) ? length(lake) : List.of();
    if (contamination == null && duplicates == null && length.isEmpty()) {
      return Section.missing(ID, TITLE, "No hygiene table yet",
          "bin/rewardlake near-duplicates (and decontaminate --benchmark FILE, length-bias)");
    }
    return new Section(ID, TITLE, render(contamination, duplicates, length), true);
  }

  static String render(List<Contamination> contamination, List<Duplicates> duplicates,
                       List<LengthPreference> length) {
    return contamination(contamination) + duplicates(duplicates) + length(length);
  }

  private static String contamination(List<Contamination> rows) {
    String head = "<h3>Benchmark contamination</h3>";
    if (rows == null) {
      return head + Html.note("Not checked: bin/rewardlake decontaminate --benchmark FILE.");
    }
    if (rows.isEmpty()) {
      return head + Html.note("No pair's prompt shares a long n-gram with the benchmarks of the last run.");
    }
    return head + Html.table(List.of("benchmark", "pairs flagged (clean drops them)"), rows.stream()
        .map(r -> List.of(r.benchmark(), Html.count(r.pairs()))).toList());
  }

  private static String duplicates(List<Duplicates> rows) {
    String head = "<h3>Near duplicates</h3>";
    if (rows == null) {
      return head + Html.note("Not checked: bin/rewardlake near-duplicates (--of prompt or pair).");
    }
    if (rows.isEmpty()) {
      return head + Html.note("No cluster of the same or nearly the same texts.");
    }
    return head + Html.table(List.of("compared", "clusters", "pairs in them", "clusters of different texts",
        "pairs clean.near_duplicates drops"), rows.stream().map(r -> List.of(r.of(), Html.count(r.clusters()),
        Html.count(r.pairs()), Html.count(r.nearClusters()), Html.count(r.dropped()))).toList());
  }

  private static String length(List<LengthPreference> rows) {
    String head = "<h3>Length bias</h3>";
    if (rows.isEmpty()) {
      return head + Html.note("Not measured: bin/rewardlake length-bias.");
    }
    return head + Html.table(List.of("who", "prefers the longer response", "decided pairs",
        "correlation with log length ratio"), rows.stream().map(r -> List.of(r.subject(),
        r.longerPreferred() == null ? "n/a" : Html.percent(r.longerPreferred()), Html.count(r.decided()),
        r.correlation() == null ? "n/a" : Html.number(r.correlation(), 3))).toList())
        + Html.note("50% is no preference. \"labels\" is how often the labels pick the longer response: the accuracy"
        + " of a rule that always picks it. Per group in the evaluations table (evaluation = 'length_bias').");
  }

  /** One row per benchmark: collected. */
  private static List<Contamination> contamination(Lakehouse lake) {
    return lake.read(ContaminationTable.CONTRACT, "decontaminate").groupBy(ContaminationTable.BENCHMARK)
        .agg(countDistinct(ContaminationTable.PAIR_ID)).orderBy(ContaminationTable.BENCHMARK).collectAsList()
        .stream().map(r -> new Contamination(r.getString(0), r.getLong(1))).toList();
  }

  /** One row per kind: collected. */
  private static List<Duplicates> duplicates(Lakehouse lake) {
    return lake.read(NearDuplicatesTable.CONTRACT, "near-duplicates").groupBy(NearDuplicatesTable.OF)
        .agg(countDistinct(NearDuplicatesTable.CLUSTER_ID), count(lit(1)),
            countDistinct(when(col(NearDuplicatesTable.CLUSTER_TEXTS).gt(1), col(NearDuplicatesTable.CLUSTER_ID))),
            count(when(not(col(NearDuplicatesTable.REPRESENTATIVE)), lit(1))))
        .orderBy(NearDuplicatesTable.OF).collectAsList().stream()
        .map(r -> new Duplicates(r.getString(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4))).toList();
  }

  /** The "all" rows of the length-bias audit, a few per ensemble: collected. */
  private static List<LengthPreference> length(Lakehouse lake) {
    List<Row> rows = lake.read(EvaluationsTable.CONTRACT, "length-bias")
        .filter(col(EvaluationsTable.EVALUATION).equalTo(LENGTH_BIAS).and(col(EvaluationsTable.SUBJECT)
            .equalTo("all"))).collectAsList();
    List<LengthPreference> preferences = new ArrayList<>();
    rows.stream().map(r -> r.<String>getAs(EvaluationsTable.ENSEMBLE_ID)).distinct().sorted().forEach(subject -> {
      Row longer = measure(rows, subject, "longer_preferred");
      Row correlation = measure(rows, subject, "length_correlation");
      preferences.add(new LengthPreference(subject, longer == null ? null : longer.getAs(EvaluationsTable.VALUE),
          longer == null ? 0 : longer.<Long>getAs(EvaluationsTable.ITEMS),
          correlation == null ? null : correlation.getAs(EvaluationsTable.VALUE)));
    });
    return preferences;
  }

  private static Row measure(List<Row> rows, String subject, String measure) {
    return rows.stream().filter(r -> subject.equals(r.getAs(EvaluationsTable.ENSEMBLE_ID))
        && measure.equals(r.getAs(EvaluationsTable.MEASURE))).findFirst().orElse(null);
  }
}
