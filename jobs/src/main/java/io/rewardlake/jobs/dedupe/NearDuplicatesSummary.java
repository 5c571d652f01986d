package io.rewardlake.jobs.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.NearDuplicatesTable;
import io.rewardlake.schemas.PairsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What one near-duplicates run found.
 *
 * @param pairs pairs with a word in their text
 * @param texts distinct texts among them
 * @param links links between distinct texts at or above the threshold
 * @param clusters clusters of two or more pairs
 * @param clusteredPairs pairs in those clusters
 * @param nearClusters clusters holding two or more distinct texts (the rest share one text)
 * @param largest pairs in the largest cluster
 * @param acrossSplits clusters whose pairs are in more than one split (train and test, say)
 * @param examples a few linked texts just above the threshold, for judging it
 */
public record NearDuplicatesSummary(NearDuplicatesConfig config, long pairs, long texts, long links, long clusters,
                                    long clusteredPairs, long nearClusters, long largest, long acrossSplits,
                                    List<String> examples, String tablePath, long tableVersion, double seconds) {
  private static final int EXAMPLES = 3;
  private static final int EXAMPLE_CHARS = 70;

  static NearDuplicatesSummary of(NearDuplicatesConfig config, Dataset<Row> texts, Dataset<Row> distinct,
                                  Dataset<Row> links, Dataset<Row> written, Dataset<Row> pairs, Lakehouse lake,
                                  double seconds) {
    Dataset<Row> clusters = written.join(pairs.select(PairsTable.PAIR_ID, PairsTable.SPLIT), PairsTable.PAIR_ID)
        .groupBy(NearDuplicatesTable.CLUSTER_ID).agg(count(lit(1)).as("n"),
            max(NearDuplicatesTable.CLUSTER_TEXTS).as("texts"), countDistinct(PairsTable.SPLIT).as("splits"));
    // one row of totals: safe to collect
    Row totals = clusters.agg(count(lit(1)), sum("n"), sum(when(col("texts").gt(1), 1).otherwise(0)), max("n"),
        sum(when(col("splits").gt(1), 1).otherwise(0))).first();
    return new NearDuplicatesSummary(config, texts.count(), distinct.count(), links.count(), totals.getLong(0),
        totals.isNullAt(1) ? 0 : totals.getLong(1), totals.isNullAt(2) ? 0 : totals.getLong(2),
        totals.isNullAt(3) ? 0 : totals.getLong(3), totals.isNullAt(4) ? 0 : totals.getLong(4),
        examples(config.of(), links, texts, pairs), lake.path(NearDuplicatesTable.CONTRACT),
        lake.version(NearDuplicatesTable.CONTRACT), seconds);
  }

  /** The texts of the few links closest to the threshold (at most {@link #EXAMPLES} rows reach the driver). */
  private static List<String> examples(String of, Dataset<Row> links, Dataset<Row> texts, Dataset<Row> pairs) {
    // a pair's responses differ where its prompt is often the same: show what was compared beyond the prompt
    Column shown = "pair".equals(of) ? concat_ws(" | ", least(col(PairsTable.CHOSEN), col(PairsTable.REJECTED)),
        greatest(col(PairsTable.CHOSEN), col(PairsTable.REJECTED))) : col(PairsTable.PROMPT);
    Dataset<Row> prompts = texts.join(pairs.select(col(PairsTable.PAIR_ID), shown.as("_shown")), PairsTable.PAIR_ID)
        .groupBy(NearDuplicatesJob.KEY).agg(min("_shown").as("p"));
    List<Row> closest = links.orderBy(col(NearDuplicatesJob.SIM), col(NearDuplicatesJob.SRC),
        col(NearDuplicatesJob.DST)).limit(EXAMPLES)
        .join(prompts.select(col(NearDuplicatesJob.KEY).as(NearDuplicatesJob.SRC), col("p").as("a")),
            NearDuplicatesJob.SRC)
        .join(prompts.select(col(NearDuplicatesJob.KEY).as(NearDuplicatesJob.DST), col("p").as("b")),
            NearDuplicatesJob.DST)
        .orderBy(NearDuplicatesJob.SIM).collectAsList();
    return closest.stream().map(row -> String.format(Locale.ROOT, "%.2f: %s", row.<Double>getAs(NearDuplicatesJob.SIM),
        whereTheyDiffer(row.getAs("a"), row.getAs("b")))).toList();
  }

  /** The two texts from a little before their first difference, each cut to a line. */
  static String whereTheyDiffer(String a, String b) {
    String x = a.replaceAll("\\s+", " ").trim();
    String y = b.replaceAll("\\s+", " ").trim();
    int same = 0;
    while (same < Math.min(x.length(), y.length()) && x.charAt(same) == y.charAt(same)) {
      same++;
    }
    int from = Math.max(0, same - EXAMPLE_CHARS / 3);
    return "\"" + excerpt(x, from) + "\" ~ \"" + excerpt(y, from) + "\"";
  }

  private static String excerpt(String text, int from) {
    String tail = text.substring(Math.min(from, text.length()));
    String cut = tail.length() <= EXAMPLE_CHARS ? tail : tail.substring(0, EXAMPLE_CHARS - 3) + "...";
    return from > 0 ? "..." + cut : cut;
  }

  /** Pairs clean drops with clean.near_duplicates set to this kind: all but one of each cluster. */
  public long droppedByClean() {
    return clusteredPairs - clusters;
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "near-duplicates: %,d pairs compared by %s (%,d distinct texts) in %.1f s",
        pairs, config.of(), texts, seconds));
    lines.add(String.format(Locale.ROOT, "  %,d links at similarity >= %.2f (Jaccard over %d-word shingles%s)",
        links, config.threshold(), config.shingle(), "pair".equals(config.of())
            ? " of the least similar part: prompt, or a response and its match" : ""));
    lines.add(String.format(Locale.ROOT, "  %,d clusters hold %,d pairs: %,d join different texts, %,d repeat one"
        + " text; the largest holds %,d pairs", clusters, clusteredPairs, nearClusters, clusters - nearClusters,
        largest));
    if (acrossSplits > 0) {
      lines.add(String.format(Locale.ROOT, "  WARNING: %,d clusters have pairs in more than one split: a test pair"
          + " with a near duplicate in train measures memory, not generalisation", acrossSplits));
    }
    lines.add(String.format(Locale.ROOT, "  clean.near_duplicates=%s would keep one pair per cluster and drop %,d",
        config.of(), droppedByClean()));
    for (String example : examples) {
      lines.add("  closest to the threshold " + example);
    }
    lines.add("  near_duplicates -> " + tablePath + " (version " + tableVersion + ")");
    return lines;
  }
}
