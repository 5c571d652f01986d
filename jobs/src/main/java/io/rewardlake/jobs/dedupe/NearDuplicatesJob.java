package io.rewardlake.jobs.dedupe;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.NearDuplicatesTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.hygiene.ShingleFunctions;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code near-duplicates}: pairs → {@code near_duplicates} rows of one kind ({@code of}), replaced in one commit.
 *
 * <ol>
 *   <li>Each pair's text (its prompt, or prompt and both responses) gets a key of its normalised words and a set of
 *       word shingles; pairs with the same key share a text, and only distinct texts go on.</li>
 *   <li>MLlib's {@link MinHashLSH} signs each distinct text with {@code bands × rows} MinHash values; each band of
 *       {@code rows} values is a bucket key. MLlib's own similarity join ORs single values, so a shingle common to
 *       many texts would make one bucket of them all and a quadratic join; bands AND their rows first.</li>
 *   <li>In every bucket of two or more texts, each text is linked to the bucket's smallest key (a star, linear in the
 *       bucket's size); a link stays when the two texts' exact similarity reaches the threshold: the Jaccard index of
 *       two prompts, or of a pair's least similar part (prompt, and each response matched to the other pair's).</li>
 *   <li>GraphX's connected components turn the links into clusters; every pair in a cluster of two or more pairs
 *       becomes a row, the cluster named by its representative.</li>
 * </ol>
 */
public final class NearDuplicatesJob {
  static final String STAGE = "near-duplicates";
  /** MinHash's seed: the same corpus and settings give the same clusters. */
  static final long SEED = 42L;
  static final String KEY = "_key";
  static final String SHINGLES = "_shingles";
  static final String PARTS = "_parts";
  static final String SRC = "_src";
  static final String DST = "_dst";
  static final String SIM = "_sim";
  private static final String COMPONENT = "_component";
  private static final String BUCKET = "_bucket";
  private static final String HEAD = "_head";
  private static final String VECTOR = "_vector";
  private static final String SIGNATURE = "_signature";
  private static final String TEXT_PAIRS = "_text_pairs";
  private static final String CLUSTER = "_cluster";
  private static final String RANK = "_rank";

  private NearDuplicatesJob() {}

  public static NearDuplicatesSummary run(SparkSession spark, NearDuplicatesConfig config, RunContext run) {
    long start = System.nanoTime();
    Lakehouse lake = new Lakehouse(spark, config.lake());
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest");
    long pairsVersion = lake.version(PairsTable.CONTRACT);
    spark.sparkContext().setJobGroup(STAGE, "near-duplicates: shingle and sign the " + config.of() + "s", false);
    Dataset<Row> texts = texts(pairs, config).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> distinct = texts.groupBy(KEY).agg(first(SHINGLES).as(SHINGLES), first(PARTS).as(PARTS))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> links = links(distinct, config).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Progress.say(STAGE, String.format(java.util.Locale.ROOT, "%s: %,d-word shingles, Jaccard >= %.2f, %d bands"
          + " x %d rows (%.0f%% of the texts at the threshold meet)", config.of(), config.shingle(),
          config.threshold(), config.bands(), config.rows(), 100 * config.recallAtThreshold()));
      spark.sparkContext().setJobGroup(STAGE, "near-duplicates: cluster the linked texts", false);
      Dataset<Row> clusters = Components.of(spark, links.select(SRC, DST), KEY, COMPONENT);
      Dataset<Row> rows = rows(texts, links, clusters, config.of(), run.runId());
      lake.replaceWhere(NearDuplicatesTable.CONTRACT, rows, NearDuplicatesTable.OF + " = '" + config.of() + "'",
          new Lineage(run, List.of(), Map.of(PairsTable.NAME, pairsVersion)));
      Dataset<Row> written = lake.read(NearDuplicatesTable.CONTRACT, STAGE)
          .filter(col(NearDuplicatesTable.OF).equalTo(config.of()));
      return NearDuplicatesSummary.of(config, texts, distinct, links, written, pairs, lake,
          (System.nanoTime() - start) / 1e9);
    } finally {
      texts.unpersist();
      distinct.unpersist();
      links.unpersist();
      spark.sparkContext().clearJobGroup();
    }
  }

  /**
   * Each pair with a word in its text: pair id, text key, shingles (what MinHash signs), the text's parts (what the
   * similarity compares: the prompt, or prompt, chosen and rejected) and what picks a cluster's representative.
   */
  static Dataset<Row> texts(Dataset<Row> pairs, NearDuplicatesConfig config) {
    Column prompt = col(PairsTable.PROMPT);
    Column chosen = col(PairsTable.CHOSEN);
    Column rejected = col(PairsTable.REJECTED);
    int n = config.shingle();
    boolean whole = "pair".equals(config.of());
    Column key = whole ? ShingleFunctions.pairKey(prompt, chosen, rejected) : ShingleFunctions.textKey(prompt);
    Column shingles = whole ? ShingleFunctions.pairIndices(prompt, chosen, rejected, n)
        : ShingleFunctions.indices(prompt, n);
    Column parts = whole ? array(ShingleFunctions.indices(prompt, n), ShingleFunctions.indices(chosen, n),
        ShingleFunctions.indices(rejected, n)) : array(col(SHINGLES));
    return pairs.select(col(PairsTable.PAIR_ID), key.as(KEY), shingles.as(SHINGLES), col(PairsTable.ANNOTATIONS),
        col(PairsTable.AGREEMENT), prompt, chosen, rejected).filter(size(col(SHINGLES)).gt(0))
        .withColumn(PARTS, parts).drop(PairsTable.PROMPT, PairsTable.CHOSEN, PairsTable.REJECTED);
  }

  /** Distinct texts whose similarity reaches the threshold: src, dst (text keys), sim. */
  static Dataset<Row> links(Dataset<Row> distinct, NearDuplicatesConfig config) {
    Dataset<Row> vectors = distinct.select(col(KEY), ShingleFunctions.vector(col(SHINGLES)).as(VECTOR));
    MinHashLSH minHash = new MinHashLSH().setNumHashTables(config.bands() * config.rows()).setInputCol(VECTOR)
        .setOutputCol(SIGNATURE).setSeed(SEED);
    Dataset<Row> buckets = minHash.fit(vectors).transform(vectors)
        .select(col(KEY), explode(ShingleFunctions.bandKeys(col(SIGNATURE), config.bands(), config.rows()))
            .as(BUCKET));
    Dataset<Row> heads = buckets.groupBy(BUCKET).agg(min(KEY).as(HEAD), count(lit(1)).as("_size"))
        .filter(col("_size").geq(2)).select(BUCKET, HEAD);
    Dataset<Row> candidates = buckets.join(heads, BUCKET).filter(col(KEY).notEqual(col(HEAD)))
        .select(col(HEAD).as(SRC), col(KEY).as(DST)).distinct();
    Dataset<Row> srcParts = distinct.select(col(KEY).as(SRC), col(PARTS).as("_a"));
    Dataset<Row> dstParts = distinct.select(col(KEY).as(DST), col(PARTS).as("_b"));
    return candidates.join(srcParts, SRC).join(dstParts, DST)
        .select(col(SRC), col(DST), ShingleFunctions.similarity(col("_a"), col("_b")).as(SIM))
        .filter(col(SIM).geq(config.threshold()));
  }

  /** One row per pair in a cluster of two or more pairs, in the table's columns. */
  private static Dataset<Row> rows(Dataset<Row> texts, Dataset<Row> links, Dataset<Row> clusters, String of,
                                   String runId) {
    Dataset<Row> textPairs = texts.groupBy(KEY).agg(count(lit(1)).as(TEXT_PAIRS));
    Dataset<Row> linkSimilarity = links.select(col(SRC).as(KEY), col(SIM))
        .unionByName(links.select(col(DST).as(KEY), col(SIM))).groupBy(KEY).agg(max(SIM).as(SIM));
    Dataset<Row> members = texts.join(clusters, KEY, "left").join(textPairs, KEY)
        .join(linkSimilarity, KEY, "left")
        .withColumn(CLUSTER, coalesce(col(COMPONENT), col(KEY)));
    WindowSpec cluster = Window.partitionBy(CLUSTER);
    WindowSpec ranked = cluster.orderBy(col(PairsTable.ANNOTATIONS).desc_nulls_last(),
        col(PairsTable.AGREEMENT).desc_nulls_last(), col(PairsTable.PAIR_ID));
    return members.withColumn(NearDuplicatesTable.CLUSTER_PAIRS, count(lit(1)).over(cluster))
        .filter(col(NearDuplicatesTable.CLUSTER_PAIRS).geq(2))
        .withColumn(NearDuplicatesTable.CLUSTER_TEXTS, size(collect_set(KEY).over(cluster)).cast("long"))
        .withColumn(RANK, row_number().over(ranked))
        .withColumn(NearDuplicatesTable.CLUSTER_ID, first(PairsTable.PAIR_ID).over(ranked))
        .select(lit(of).as(NearDuplicatesTable.OF), col(PairsTable.PAIR_ID), col(NearDuplicatesTable.CLUSTER_ID),
            col(NearDuplicatesTable.CLUSTER_PAIRS), col(NearDuplicatesTable.CLUSTER_TEXTS),
            when(col(TEXT_PAIRS).gt(1), lit(1.0)).otherwise(col(SIM)).as(NearDuplicatesTable.SIMILARITY),
            col(RANK).equalTo(1).as(NearDuplicatesTable.REPRESENTATIVE), lit(runId).as(NearDuplicatesTable.RUN_ID));
  }
}
