package io.rewardlake.jobs.export;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import io.rewardlake.core.export.OrientedPair;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * A length-balanced export ({@code export.length_balance}): in every split, as many exported pairs whose preferred
 * response is the longer as pairs whose preferred response is the shorter, so "pick the longer answer" scores 50% on
 * the files and a reward model trained on them cannot learn length as a shortcut. The preferred response is the one
 * a trainer format puts first (chosen unless target_p is below 0.5); pairs of equal lengths, ties and pairs not
 * exported (dropped) are left as they are.
 *
 * <p>The side in the majority is subsampled by a hash of the pair id, so the same lake gives the same files and the
 * balance is exact up to the sampling's spread (the counts after it are measured, not assumed). Only one count per
 * split and side reaches the driver.
 */
final class LengthBalance {
  static final String LONGER = "longer";
  static final String SHORTER = "shorter";
  private static final String SIDE = "_length_side";
  private static final long BUCKETS = 1_000_000L;

  private LengthBalance() {}

  /** Per split: pairs whose preferred response is the longer and the shorter, before and after. */
  record Counts(long longer, long shorter) {
    double longerShare() {
      return longer + shorter == 0 ? Double.NaN : (double) longer / (longer + shorter);
    }
  }

  /** The rows with the majority side of each split subsampled, and what that did. */
  record Result(Dataset<Row> rows, Map<String, Counts> before, Map<String, Counts> after, Dataset<Row> cached) {
    /** Frees the input kept for the counts, the plan and the write; call when the export is written. */
    void release() {
      cached.unpersist();
    }

    List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (Map.Entry<String, Counts> split : before.entrySet()) {
        Counts was = split.getValue();
        Counts is = after.getOrDefault(split.getKey(), new Counts(0, 0));
        lines.add(String.format(Locale.ROOT, "export: length balance %s: the preferred response is the longer in"
            + " %.1f%% of %,d pairs of unequal length, now %.1f%% of %,d (%,d left out)", split.getKey(),
            100 * was.longerShare(), was.longer() + was.shorter(), 100 * is.longerShare(),
            is.longer() + is.shorter(), was.longer() + was.shorter() - is.longer() - is.shorter()));
      }
      return lines;
    }

    Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      before.forEach((split, was) -> map.put(split, Map.of("longer_before", was.longer(), "shorter_before",
          was.shorter(), "longer_after", after.getOrDefault(split, new Counts(0, 0)).longer(), "shorter_after",
          after.getOrDefault(split, new Counts(0, 0)).shorter())));
      return map;
    }
  }

  static Result apply(Dataset<Row> rows, boolean includeDropped) {
    Column exported = includeDropped ? lit(true) : col(PairsCleanTable.WEIGHT).gt(0);
    Column preferredFirst = col(PairsCleanTable.TARGET_P).geq(OrientedPair.TIE);
    Column difference = length(col(PairsCleanTable.CHOSEN)).minus(length(col(PairsCleanTable.REJECTED)));
    Column signed = when(preferredFirst, difference).otherwise(difference.multiply(-1));
    Column side = when(exported.and(col(PairsCleanTable.TARGET_P).notEqual(OrientedPair.TIE)),
        when(signed.gt(0), lit(LONGER)).when(signed.lt(0), lit(SHORTER)));
    // counted twice here, then counted and written by the export: read the input once
    Dataset<Row> sided = rows.withColumn(SIDE, side).persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Counts> before = counts(sided);
    Column keep = lit(true);
    Column unit = pmod(xxhash64(col(PairsCleanTable.PAIR_ID)), lit(BUCKETS)).divide(BUCKETS);
    for (Map.Entry<String, Counts> split : before.entrySet()) {
      Counts c = split.getValue();
      String majority = c.longer() >= c.shorter() ? LONGER : SHORTER;
      double fraction = Math.max(c.longer(), c.shorter()) == 0 ? 1
          : (double) Math.min(c.longer(), c.shorter()) / Math.max(c.longer(), c.shorter());
      Column inSplit = split.getKey() == null ? col(PairsTable.SPLIT).isNull()
          : col(PairsTable.SPLIT).equalTo(split.getKey());
      Column subsampled = inSplit.and(col(SIDE).equalTo(majority)).and(unit.geq(fraction));
      keep = keep.and(when(subsampled, lit(false)).otherwise(lit(true)));
    }
    Dataset<Row> balanced = sided.filter(keep);
    Map<String, Counts> after = counts(balanced);
    return new Result(balanced.drop(SIDE), before, after, sided);
  }

  /** Longer and shorter per split, in one small aggregation. */
  private static Map<String, Counts> counts(Dataset<Row> sided) {
    Map<String, Counts> counts = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
    for (Row row : sided.groupBy(col(PairsTable.SPLIT)).agg(
        count(when(col(SIDE).equalTo(LONGER), lit(1))).as(LONGER),
        count(when(col(SIDE).equalTo(SHORTER), lit(1))).as(SHORTER)).collectAsList()) {
      counts.put(row.getAs(PairsTable.SPLIT), new Counts(row.getAs(LONGER), row.getAs(SHORTER)));
    }
    return counts;
  }
}
