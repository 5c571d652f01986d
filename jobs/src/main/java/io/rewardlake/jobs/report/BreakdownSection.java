package io.rewardlake.jobs.report;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The corpus by where its pairs come from: per {@code source}, per {@code meta.subset} and per generator pair
 * ({@code meta.generator_a} vs {@code meta.generator_b}) when ingest recorded them, how soft and confident the labels
 * are, how often the vote and the longer response agree with them, and what cleaning did. A cleaning that flips one
 * generator's pairs far more than the others' shows here.
 */
final class BreakdownSection {
  static final String ID = "by-source";
  static final String TITLE = "By source and generator";
  /** Groups shown per table, largest first. */
  static final int GROUPS = 40;

  private BreakdownSection() {}

  static Section build(Lakehouse lake, String ensemble) {
    if (!lake.exists(PairsTable.CONTRACT)) {
      return Section.missing(ID, TITLE, "No pairs table yet", "bin/rewardlake ingest");
    }
    Dataset<Row> rows = rows(lake, ensemble).cache();
    try {
      Column meta = col(PairsTable.META);
      StringBuilder body = new StringBuilder(table(rows, col(PairsTable.SOURCE), "source"));
      body.append(table(rows, meta.getItem("subset"), "subset (meta)"));
      body.append(table(rows, concat_ws(" vs ", meta.getItem("generator_a"), meta.getItem("generator_b")),
          "generators (meta generator_a vs generator_b)"));
      return new Section(ID, TITLE, body + Html.note("Soft: label_p strictly between 0 and 1 (not 0.5). Vote"
          + " agrees: the sign of ensemble '" + ensemble + "''s mean strength matches the label (ties left out)."
          + " Actions from pairs_clean, when there is one."), true);
    } finally {
      rows.unpersist();
    }
  }

  private static Dataset<Row> rows(Lakehouse lake, String ensemble) {
    Dataset<Row> rows = lake.read(PairsTable.CONTRACT, "ingest").drop(PairsTable.RUN_ID);
    rows = lake.exists(StrengthTable.CONTRACT) ? rows.join(lake.read(StrengthTable.CONTRACT, "vote")
        .filter(col(StrengthTable.ENSEMBLE_ID).equalTo(ensemble))
        .select(StrengthTable.PAIR_ID, StrengthTable.STRENGTH_MEAN), PairsTable.PAIR_ID, "left")
        : rows.withColumn(StrengthTable.STRENGTH_MEAN, lit(null).cast("double"));
    return lake.exists(PairsCleanTable.CONTRACT) ? rows.join(lake.read(PairsCleanTable.CONTRACT, "clean")
        .select(PairsCleanTable.PAIR_ID, PairsCleanTable.ACTION), PairsTable.PAIR_ID, "left")
        : rows.withColumn(PairsCleanTable.ACTION, lit(null).cast("string"));
  }

  /** One row per group; empty when the key is null everywhere (the corpus does not record it). */
  private static String table(Dataset<Row> rows, Column key, String name) {
    Column label = col(PairsTable.LABEL_P);
    Column decided = label.notEqual(0.5);
    Column forChosen = label.gt(0.5);
    Column vote = col(StrengthTable.STRENGTH_MEAN);
    Column longer = length(col(PairsTable.CHOSEN)).minus(length(col(PairsTable.REJECTED)));
    Column action = col(PairsCleanTable.ACTION);
    List<Row> groups = rows.filter(key.isNotNull().and(key.notEqual(""))).groupBy(key.as("group"))
        .agg(count(lit(1)).as("n"), avg(when(label.gt(0).and(label.lt(1)).and(decided), 1.0).otherwise(0.0)),
            avg(abs(label.multiply(2).minus(1))),
            avg(when(decided.and(vote.notEqual(0)), when(vote.gt(0).equalTo(forChosen), 1.0).otherwise(0.0))),
            avg(when(decided.and(longer.notEqual(0)), when(longer.gt(0).equalTo(forChosen), 1.0).otherwise(0.0))),
            avg(when(action.isNotNull(), when(action.equalTo("flip"), 1.0).otherwise(0.0))),
            avg(when(action.isNotNull(), when(action.equalTo("smooth"), 1.0).otherwise(0.0))),
            avg(when(action.isNotNull(), when(action.equalTo("drop"), 1.0).otherwise(0.0))))
        .orderBy(col("n").desc(), col("group")).limit(GROUPS).collectAsList();
    if (groups.isEmpty()) {
      return "";
    }
    List<List<String>> table = new ArrayList<>();
    for (Row row : groups) {
      List<String> cells = new ArrayList<>(List.of(row.getString(0), Html.count(row.getLong(1))));
      for (int i = 2; i < row.size(); i++) {
        cells.add(Html.percent(row.isNullAt(i) ? Double.NaN : row.getDouble(i)));
      }
      table.add(cells);
    }
    return "<h3>By " + Html.escape(name) + "</h3>" + Html.table(List.of(name, "pairs", "soft labels",
        "mean confidence |2p-1|", "vote agrees", "longer wins", "flipped", "smoothed", "dropped"), table);
  }
}
