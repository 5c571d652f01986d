package io.rewardlake.jobs.report;

import static org.apache.spark.sql.functions.col;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.EvaluationsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;

/**
 * What cleaning would do on this corpus, from the {@code evaluations} table: the injected-noise audit (how well the
 * vote finds known flips beside a length-only score, each cleaning action's precision and recall, held-out accuracy
 * of the raw, cleaned and oracle ensembles) and the strength ablation (held-out accuracy per training set).
 */
final class EvaluationSection {
  static final String ID = "evaluation";
  static final String TITLE = "Evaluation: injected-noise audit and strength ablation";

  private EvaluationSection() {}

  /** One row of the evaluations table. */
  record Result(String evaluation, String measure, String subject, String population, Double value, Double low,
      Double high, long items, Map<String, String> settings) {
    static Result of(Row row) {
      return new Result(row.getAs(EvaluationsTable.EVALUATION), row.getAs(EvaluationsTable.MEASURE),
          row.getAs(EvaluationsTable.SUBJECT), row.getAs(EvaluationsTable.POPULATION), row.getAs(EvaluationsTable.VALUE),
          row.getAs(EvaluationsTable.LOW), row.getAs(EvaluationsTable.HIGH), row.<Long>getAs(EvaluationsTable.ITEMS),
          row.getJavaMap(row.fieldIndex(EvaluationsTable.SETTINGS)));
    }

    String interval() {
      return value == null ? "n/a" : low == null ? Html.number(value, 3) : Html.number(value, 3) + " ["
          + Html.number(low, 3) + ", " + Html.number(high, 3) + "]";
    }

    String signedInterval() {
      return value == null ? "n/a" : String.format(java.util.Locale.ROOT, "%+.3f [%+.3f, %+.3f]", value, low, high);
    }
  }

  static Section build(Lakehouse lake, String ensemble) {
    String command = "bin/rewardlake evaluate --inject-flips 0.2 (and --ablation)";
    if (!lake.exists(EvaluationsTable.CONTRACT)) {
      return Section.missing(ID, TITLE, "No evaluations table yet", command);
    }
    List<Result> results = lake.read(EvaluationsTable.CONTRACT, "evaluate")
        .filter(col(EvaluationsTable.ENSEMBLE_ID).equalTo(ensemble)).collectAsList().stream().map(Result::of)
        .toList();
    if (results.isEmpty()) {
      return Section.missing(ID, TITLE, "No evaluation of ensemble '" + ensemble + "' yet", command
          + " --ensemble " + ensemble);
    }
    return new Section(ID, TITLE, render(results), true);
  }

  static String render(List<Result> results) {
    List<Result> audit = of(results, EvaluationsTable.AUDIT);
    List<Result> ablation = of(results, EvaluationsTable.ABLATION);
    return (audit.isEmpty() ? Html.note("No injected-noise audit yet: bin/rewardlake evaluate --inject-flips 0.2.")
        : audit(audit)) + (ablation.isEmpty() ? Html.note("No strength ablation yet: bin/rewardlake evaluate"
        + " --ablation.") : ablation(ablation));
  }

  private static String audit(List<Result> results) {
    Map<String, String> settings = results.get(0).settings();
    Optional<Result> injected = find(results, "injected", "flipped", "training");
    String intro = "<h3>Injected-noise audit</h3>" + Html.note(String.format(java.util.Locale.ROOT, "%s of %s"
        + " decided training labels flipped (seed %s) in a copy at %s; cleaning policy %s.",
        injected.map(r -> Html.count(r.items())).orElse("?"), settings.getOrDefault("eligible", "?"),
        settings.getOrDefault("seed", "?"), settings.getOrDefault("audit_lake", "?"),
        settings.getOrDefault("policy", "?")));
    return intro + detection(results) + actions(results) + heldOut(results);
  }

  private static String detection(List<Result> results) {
    Map<String, Map<String, Double>> bars = new LinkedHashMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (String subject : List.of("vote", "length")) {
      List<String> row = new ArrayList<>(List.of(subject.equals("vote") ? "vote (-strength)" : "length only"));
      for (String population : List.of("training", "length_matched")) {
        Optional<Result> auc = find(results, "flip_auc", subject, population);
        row.add(auc.map(r -> r.interval() + " (" + Html.count(r.items()) + " pairs)").orElse("n/a"));
        auc.filter(r -> r.value() != null).ifPresent(r -> bars.computeIfAbsent(row.get(0),
            k -> new LinkedHashMap<>()).put(population.replace('_', '-'), r.value()));
      }
      rows.add(row);
    }
    return Html.image(Charts.bars("flip detection ROC-AUC (0.5 = chance)", "pairs", "ROC-AUC", bars),
        "flip detection ROC-AUC") + Html.table(List.of("flip score", "training pairs",
        "length-matched (within 20%)"), rows)
        + Html.note("The vote must beat the length-only score, above all on length-matched pairs, to add anything"
        + " a length rule would not.");
  }

  private static String actions(List<Result> results) {
    List<List<String>> rows = new ArrayList<>();
    for (Result precision : results) {
      if (precision.measure().equals("action_precision")) {
        Optional<Result> recall = find(results, "action_recall", precision.subject(), "training");
        rows.add(List.of(precision.subject(), Html.count(precision.items()), precision.interval(),
            recall.map(Result::interval).orElse("n/a")));
      }
    }
    return Html.table(List.of("cleaning action", "training pairs", "precision (share injected)",
        "recall (share of injected)"), rows);
  }

  private static String heldOut(List<Result> results) {
    List<List<String>> rows = new ArrayList<>();
    for (String subject : List.of("raw", "cleaned", "oracle")) {
      Optional<Result> accuracy = find(results, "held_out_accuracy", subject, "held_out");
      Optional<Result> difference = find(results, "vs_baseline", subject, "held_out");
      rows.add(List.of(subject, accuracy.map(Result::interval).orElse("n/a"),
          difference.map(Result::signedInterval).orElse("")));
    }
    String gap = find(results, "gap_closed", "cleaned", "held_out").map(Result::value)
        .map(v -> Html.percent(v)).orElse("n/a (no gap)");
    long pairs = find(results, "held_out_accuracy", "raw", "held_out").map(Result::items).orElse(0L);
    return Html.table(List.of("ensemble", "held-out accuracy [95% CI]", "vs raw"), rows)
        + Html.note("Against the labels before injection, on " + Html.count(pairs) + " held-out pairs. Share of the"
        + " raw-to-oracle gap cleaning closes: " + gap + ".");
  }

  private static String ablation(List<Result> results) {
    Map<String, Double> bars = new LinkedHashMap<>();
    List<List<String>> rows = new ArrayList<>();
    long testPairs = 0;
    for (Result accuracy : results) {
      if (accuracy.measure().equals("held_out_accuracy")) {
        String name = accuracy.subject().equals("none") ? "all pairs" : accuracy.subject();
        testPairs = accuracy.items();
        rows.add(List.of(name, find(results, "training_pairs", accuracy.subject(), "training")
            .map(r -> Html.count(r.items())).orElse("?"), accuracy.interval(),
            find(results, "vs_baseline", accuracy.subject(), "held_out").map(Result::signedInterval).orElse("")));
        if (accuracy.value() != null) {
          bars.put(name, accuracy.value());
        }
      }
    }
    return "<h3>Strength ablation</h3>" + Html.image(Charts.bars("held-out accuracy by training set", "trained on",
        "accuracy", Map.of("accuracy", bars)), "held-out accuracy by training set")
        + Html.table(List.of("trained on", "training pairs", "held-out accuracy [95% CI]", "vs all pairs"), rows)
        + Html.note("On " + Html.count(testPairs) + " held-out pairs. A difference whose interval excludes 0 is not"
        + " noise at 95%.");
  }

  private static List<Result> of(List<Result> results, String evaluation) {
    return results.stream().filter(r -> r.evaluation().equals(evaluation)).toList();
  }

  private static Optional<Result> find(List<Result> results, String measure, String subject, String population) {
    return results.stream().filter(r -> r.measure().equals(measure) && r.subject().equals(subject)
        && r.population().equals(population)).findFirst();
  }
}
