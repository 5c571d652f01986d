package io.rewardlake.jobs.evaluate;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.core.stats.Spearman;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Strength against a second opinion on the same pairs: per decile of the vote's mean strength, how often a second
 * labeller prefers the chosen response and how confident it is, and Spearman's ρ between the strength and the second
 * labeller's signed confidence 2p − 1. The paper's validation of preference strength (GPT-4 agreeing with 96% of the
 * strongest pairs' labels and 16% of the weakest) is this table.
 *
 * <p>Sources: {@code truth} (pairs.meta true_p_chosen: a synthetic corpus, or the labels before an audit's
 * injection), {@code ai} or {@code ai:JUDGE} (ai_labels written by {@code label}), {@code meta:KEY} (a meta value
 * holding P(chosen)), {@code annotators} (the mean label of the pairs labelled two or more times), {@code label} (the
 * pair's own soft label: only its confidence says anything), and {@code auto}, the first of truth, an independent AI
 * judge, several annotators and soft labels that the lake has.
 */
public final class SecondOpinion {
  /** Pairs ρ is computed on at most (a seeded sample beyond), so the driver holds two doubles per pair at most. */
  static final int SPEARMAN_SAMPLE = 200_000;
  private static final String P2 = "second_p";

  private SecondOpinion() {}

  /** One strength decile. */
  public record Decile(int decile, long pairs, double meanStrength, double agreement, double confidence) {}

  /** The table, ρ and what the second opinion was. */
  public record Report(String source, String note, long pairs, List<Decile> deciles, double spearman) {
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format(java.util.Locale.ROOT, "evaluate: strength against a second opinion (%s) on %,d pairs;"
          + " Spearman rho of strength vs the second labeller's confidence in chosen: %.3f", source, pairs, spearman));
      if (!note.isEmpty()) {
        lines.add("evaluate:   " + note);
      }
      lines.add("evaluate:   decile    pairs  mean strength  agrees with chosen  mean confidence |2p-1|");
      for (Decile d : deciles) {
        lines.add(String.format(java.util.Locale.ROOT, "evaluate:   %6d %8d %14.3f %19s %24.3f", d.decile(), d.pairs(),
            d.meanStrength(), Double.isNaN(d.agreement()) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f",
                d.agreement()), d.confidence()));
      }
      return lines;
    }
  }

  /** The report for the ensemble's strength rows, or null when the lake has no second opinion of that kind. */
  public static Report measure(Lakehouse lake, String ensemble, String source, long seed) {
    if (!lake.exists(StrengthTable.CONTRACT) || !lake.exists(PairsTable.CONTRACT)) {
      return null;
    }
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest");
    Opinion opinion = resolve(lake, pairs, source);
    if (opinion == null) {
      return null;
    }
    Dataset<Row> strength = lake.read(StrengthTable.CONTRACT, "vote")
        .filter(col(StrengthTable.ENSEMBLE_ID).equalTo(ensemble))
        .select(col(StrengthTable.PAIR_ID), col(StrengthTable.STRENGTH_MEAN));
    Dataset<Row> rows = strength.join(opinion.values(), StrengthTable.PAIR_ID).filter(col(P2).isNotNull()).cache();
    try {
      long pairsJoined = rows.count();
      if (pairsJoined < 10) {
        return null;
      }
      return new Report(opinion.name(), opinion.note(), pairsJoined, deciles(rows), spearman(rows, pairsJoined, seed));
    } finally {
      rows.unpersist();
    }
  }

  /** A second opinion: P(chosen preferred) per pair id, in column {@value #P2}. */
  private record Opinion(String name, String note, Dataset<Row> values) {}

  private static Opinion resolve(Lakehouse lake, Dataset<Row> pairs, String source) {
    Column meta = col(PairsTable.META);
    if (source.equals("truth") || source.equals("auto") && has(pairs, meta.getItem("true_p_chosen"))) {
      return fromPairs(pairs, meta.getItem("true_p_chosen").cast("double"), "truth (meta true_p_chosen)", "");
    }
    if (source.startsWith("meta:")) {
      String key = source.substring("meta:".length());
      return fromPairs(pairs, meta.getItem(key).cast("double"), "meta " + key, "");
    }
    if (source.equals("ai") || source.startsWith("ai:") || source.equals("auto")) {
      Opinion ai = fromAiLabels(lake, source.startsWith("ai:") ? source.substring(3) : null, source.equals("auto"));
      if (ai != null || !source.equals("auto")) {
        return ai;
      }
    }
    Column label = col(PairsTable.LABEL_P);
    Column severalLabels = col(PairsTable.ANNOTATIONS).geq(2);
    if (source.equals("annotators") || source.equals("auto") && has(pairs, when(severalLabels, label))) {
      return new Opinion("annotators (the mean of the pairs labelled 2 or more times)", "chosen is the first"
          + " record's choice, so agreement is how often the annotators' mean sides with it, and confidence how"
          + " unanimous they were", pairs.filter(severalLabels).select(col(PairsTable.PAIR_ID), label.as(P2)));
    }
    if (source.equals("label") || source.equals("auto") && has(pairs, when(label.gt(0).and(label.lt(1))
        .and(label.notEqual(0.5)), label))) {
      return fromPairs(pairs, label, "the pairs' own soft labels", "the label decides which response is chosen, so"
          + " agreement is 1 by construction; read the confidence column and rho");
    }
    if (source.equals("auto")) {
      return null;
    }
    throw new ConfigException("Unknown second opinion '" + source + "': use auto, truth, annotators, label, ai,"
        + " ai:JUDGE_ID or meta:KEY.");
  }

  private static Opinion fromPairs(Dataset<Row> pairs, Column p, String name, String note) {
    return new Opinion(name, note, pairs.select(col(PairsTable.PAIR_ID), p.as(P2)));
  }

  /** The judge's mean P(A) over both orders; A is the pair's chosen. The ensemble judging itself is no opinion. */
  private static Opinion fromAiLabels(Lakehouse lake, String judge, boolean quiet) {
    if (!lake.exists(AiLabelsTable.CONTRACT)) {
      if (quiet) {
        return null;
      }
      throw new ConfigException("No ai_labels table in " + lake.root() + ": run bin/rewardlake label first.");
    }
    Dataset<Row> labels = lake.read(AiLabelsTable.CONTRACT, "label").filter(col(AiLabelsTable.STATUS).equalTo("ok"));
    List<String> judges = labels.select(AiLabelsTable.JUDGE_ID).distinct().collectAsList().stream()
        .map(row -> row.getString(0)).sorted().toList();
    List<String> candidates = judge != null ? judges.stream().filter(judge::equals).toList()
        : judges.stream().filter(id -> !id.startsWith("ensemble:")).toList();
    if (candidates.size() != 1) {
      if (quiet) {
        return null;
      }
      throw new ConfigException("Choose one judge for the second opinion with ai:JUDGE_ID; judges with labels: "
          + judges + ".");
    }
    String chosen = candidates.get(0);
    String note = chosen.startsWith("ensemble:") ? "the ensemble judging itself is not an independent opinion" : "";
    return new Opinion("ai_labels of " + chosen, note, labels.filter(col(AiLabelsTable.JUDGE_ID).equalTo(chosen))
        .groupBy(AiLabelsTable.PAIR_ID).agg(avg(AiLabelsTable.P_A).as(P2)));
  }

  private static boolean has(Dataset<Row> pairs, Column value) {
    return !pairs.filter(value.isNotNull()).limit(1).isEmpty();
  }

  private static List<Decile> deciles(Dataset<Row> rows) {
    double[] cuts = rows.stat().approxQuantile(StrengthTable.STRENGTH_MEAN,
        new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}, 1e-4);
    Column decile = lit(1);
    for (double cut : cuts) {
      decile = decile.plus(when(col(StrengthTable.STRENGTH_MEAN).gt(cut), 1).otherwise(0));
    }
    Column p = col(P2);
    List<Decile> out = new ArrayList<>();
    for (Row row : rows.groupBy(decile.as("decile")).agg(count(lit(1)), avg(StrengthTable.STRENGTH_MEAN),
        avg(when(p.notEqual(0.5), when(p.gt(0.5), 1.0).otherwise(0.0))), avg(abs(p.multiply(2).minus(1))))
        .orderBy("decile").collectAsList()) {
      out.add(new Decile(row.getInt(0), row.getLong(1), row.getDouble(2), row.isNullAt(3) ? Double.NaN
          : row.getDouble(3), row.getDouble(4)));
    }
    return out;
  }

  private static double spearman(Dataset<Row> rows, long pairs, long seed) {
    Dataset<Row> sample = pairs <= SPEARMAN_SAMPLE ? rows
        : rows.sample(false, Math.min(1.0, 1.1 * SPEARMAN_SAMPLE / pairs), seed).limit(SPEARMAN_SAMPLE);
    List<Row> values = sample.select(col(StrengthTable.STRENGTH_MEAN), col(P2).multiply(2).minus(1)).collectAsList();
    double[] x = new double[values.size()];
    double[] y = new double[values.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = values.get(i).getDouble(0);
      y[i] = values.get(i).getDouble(1);
    }
    return Spearman.rho(x, y);
  }
}
