package io.rewardlake.jobs.report;

import static org.apache.spark.sql.functions.col;

import io.rewardlake.jobs.evaluate.SecondOpinion;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.vote.Decile;
import io.rewardlake.jobs.vote.StrengthDistribution;
import io.rewardlake.jobs.vote.StrengthReport;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Preference strength of one ensemble: histogram of the mean, mean vs std, and the paper's decile table. */
final class StrengthSection {
  static final String ID = "strength";
  static final String TITLE = "Preference strength";
  /** Points in the scatter: enough to see the shape, few enough for a small PNG. */
  static final int SCATTER_POINTS = 4000;

  private StrengthSection() {}

  static Section build(Lakehouse lake, String ensemble) {
    if (!lake.exists(StrengthTable.CONTRACT) || !lake.exists(PairsTable.CONTRACT)) {
      return Section.missing(ID, TITLE, "No strength table yet", "bin/rewardlake vote --ensemble " + ensemble);
    }
    Dataset<Row> strength = lake.read(StrengthTable.CONTRACT, "vote")
        .filter(col(StrengthTable.ENSEMBLE_ID).equalTo(ensemble));
    StrengthDistribution distribution = StrengthReport.of(strength, lake.read(PairsTable.CONTRACT, "ingest"));
    if (distribution.pairs() == 0) {
      return Section.missing(ID, TITLE, "No strength rows for ensemble '" + ensemble + "'",
          "bin/rewardlake vote --ensemble " + ensemble);
    }
    return new Section(ID, TITLE, summary(distribution) + charts(strength, distribution) + deciles(distribution)
        + secondOpinion(lake, ensemble), true);
  }

  private static String summary(StrengthDistribution d) {
    return Html.note(Html.count(d.pairs()) + " pairs voted (" + Html.count(d.outOfFold()) + " out of fold); "
        + Html.percent(d.negativeShare()) + " have negative mean strength (the voters prefer the rejected response);"
        + " median " + Html.number(d.median(), 3) + ", mean spread " + Html.number(d.meanSpread(), 3) + ".");
  }

  private static String charts(Dataset<Row> strength, StrengthDistribution d) {
    StrengthDistribution.Histogram h = d.histogram();
    // A seeded sample rather than a sort: the same points on every run, without ordering the whole table.
    double fraction = Math.min(1.0, 1.2 * SCATTER_POINTS / d.pairs());
    List<double[]> points = strength.sample(false, fraction, 42).limit(SCATTER_POINTS)
        .select(StrengthTable.STRENGTH_MEAN, StrengthTable.STRENGTH_STD).collectAsList().stream()
        .map(row -> new double[] {row.getDouble(0), row.getDouble(1)}).toList();
    return Html.image(Charts.histogram("strength_mean", "mean strength (bin centre)", h.low(), h.width(), h.counts()),
        "histogram of mean strength")
        + Html.image(Charts.scatter("mean vs std of the voters' differences", "strength_mean", "strength_std",
        points), "scatter of strength mean against std");
  }

  /** Strength deciles against a second label (truth, an independent AI judge or soft labels), when there is one. */
  private static String secondOpinion(Lakehouse lake, String ensemble) {
    SecondOpinion.Report report = SecondOpinion.measure(lake, ensemble, "auto", 7);
    if (report == null) {
      return Html.note("No second opinion on these pairs (ground truth, an AI judge's labels or soft labels): run"
          + " bin/rewardlake label for one.");
    }
    List<List<String>> rows = report.deciles().stream().map(d -> List.of(String.valueOf(d.decile()),
        Html.count(d.pairs()), Html.number(d.meanStrength(), 3), Html.percent(d.agreement()),
        Html.number(d.confidence(), 3))).toList();
    return "<h3>Against a second opinion: " + Html.escape(report.source()) + "</h3>"
        + Html.table(List.of("decile", "pairs", "mean strength", "second opinion prefers chosen",
            "its mean confidence |2p-1|"), rows)
        + Html.note("Spearman rho between strength and the second labeller's confidence in chosen: "
            + Html.number(report.spearman(), 3) + (report.note().isEmpty() ? "." : "; " + report.note() + "."));
  }

  private static String deciles(StrengthDistribution d) {
    List<List<String>> rows = d.deciles().stream().map(StrengthSection::decileRow).toList();
    return Html.table(List.of("decile", "pairs", "mean strength", "mean std", "voters for chosen",
        "label agrees with truth", "injected flips"), rows);
  }

  private static List<String> decileRow(Decile x) {
    return List.of(String.valueOf(x.decile()), Html.count(x.pairs()), Html.number(x.meanStrength(), 3),
        Html.number(x.meanSpread(), 3), Html.percent(x.votesForChosen()), Html.percent(x.truthAgreement()),
        Html.percent(x.injectedFlips()));
  }
}
