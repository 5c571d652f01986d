package io.rewardlake.jobs.train;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.ShardCount;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.TableContract;
import io.rewardlake.spark.train.TrainingRows;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The trainer's input as {@link TrainingRows}, whichever table it comes from, plus the table versions read and the
 * whole input table (to count what was left out).
 * {@code pairs}: target = label_p, margin 0, weight 1, unlabelled pairs (label_p null) left out; {@code pairs_ai}
 * (written by {@code label --distill}) the same, its label_p being AI soft labels.
 * {@code pairs_clean}: target_p, margin and weight as cleaning set them, dropped pairs (weight 0) of the training
 * splits left out (dropped test pairs are still scored); source,
 * split and ground truth come from {@code pairs} by pair_id.
 * Ground truth is {@code meta['true_p_chosen']} when the corpus provides it (the synthetic one does).
 */
public record TrainingInput(Dataset<Row> rows, Map<String, Long> tableVersions, Dataset<Row> table) {
  static final String TRUTH_KEY = "true_p_chosen";
  private static final String STAGE = "train";

  public static TrainingInput read(Lakehouse lake, TrainConfig config) {
    if (config.input().equals(PairsCleanTable.NAME)) {
      return fromClean(lake, lake.read(PairsTable.CONTRACT, "ingest"), lake.version(PairsTable.CONTRACT),
          config.splits());
    }
    // pairs_ai (label --distill) has the pairs' columns, with AI soft labels in label_p.
    TableContract source = config.input().equals(PairsTable.AI_CONTRACT.name()) ? PairsTable.AI_CONTRACT
        : PairsTable.CONTRACT;
    Dataset<Row> pairs = lake.read(source, source == PairsTable.CONTRACT ? "ingest" : "label --distill");
    long pairsVersion = lake.version(source);
    Dataset<Row> labelled = pairs.filter(col(PairsTable.LABEL_P).isNotNull());
    Dataset<Row> rows = labelled.select(col(PairsTable.PAIR_ID), col(PairsTable.SOURCE), col(PairsTable.SPLIT),
        col(PairsTable.PROMPT), col(PairsTable.CHOSEN), col(PairsTable.REJECTED),
        col(PairsTable.LABEL_P).as(TrainingRows.TARGET),
        lit(0.0).as(TrainingRows.MARGIN), lit(1.0).as(TrainingRows.WEIGHT), truth(pairs).as(TrainingRows.TRUTH));
    return new TrainingInput(rows, Map.of(source.name(), pairsVersion), pairs);
  }

  /**
   * The oracle-clean corpus of a synthetic lake: {@code pairs} with the injected corruption undone from the ground
   * truth in meta — flipped labels reverted (target 1 − label_p) and coin-labelled near-ties given target 0.5. The
   * Bradley–Terry sampling noise of the other labels stays: it is the noise a perfect cleaner could not know about.
   * Pairs without {@code meta['flipped']} keep their label.
   */
  public static TrainingInput oracle(Lakehouse lake) {
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest");
    Column meta = col(PairsTable.META);
    Column target = when(meta.getItem("flipped").equalTo("true"), lit(1.0).minus(col(PairsTable.LABEL_P)))
        .when(meta.getItem("ambiguous").equalTo("true"), lit(0.5)).otherwise(col(PairsTable.LABEL_P));
    Dataset<Row> rows = pairs.filter(col(PairsTable.LABEL_P).isNotNull()).select(col(PairsTable.PAIR_ID),
        col(PairsTable.SOURCE), col(PairsTable.SPLIT), col(PairsTable.PROMPT), col(PairsTable.CHOSEN),
        col(PairsTable.REJECTED), target.as(TrainingRows.TARGET), lit(0.0).as(TrainingRows.MARGIN),
        lit(1.0).as(TrainingRows.WEIGHT), truth(pairs).as(TrainingRows.TRUTH));
    return new TrainingInput(rows, Map.of(PairsTable.NAME, lake.version(PairsTable.CONTRACT)), pairs);
  }

  private static TrainingInput fromClean(Lakehouse lake, Dataset<Row> pairs, long pairsVersion,
      List<String> trainSplits) {
    TableContract contract = PairsCleanTable.CONTRACT;
    Dataset<Row> clean = lake.read(contract, "clean");
    Dataset<Row> context = pairs.select(col(PairsTable.PAIR_ID).as("ctx_pair_id"), col(PairsTable.SOURCE),
        col(PairsTable.SPLIT), truth(pairs).as(TrainingRows.TRUTH), col(PairsTable.CHOSEN).as("ctx_chosen"));
    // Dropped pairs are not trained on, but test pairs stay test pairs whatever cleaning did to them, so ensembles
    // trained on different cleanings are scored on the same held-out pairs.
    Dataset<Row> joined = clean.join(context, clean.col(PairsCleanTable.PAIR_ID).equalTo(col("ctx_pair_id")))
        .filter(col(PairsCleanTable.WEIGHT).gt(0).or(not(col(PairsTable.SPLIT).isin(trainSplits.toArray()))));
    // A flipped pair's truth is the other way round: truth is about the pair as stored in pairs.
    Column truth = when(col("ctx_chosen").equalTo(col(PairsCleanTable.CHOSEN)), col(TrainingRows.TRUTH))
        .otherwise(lit(1.0).minus(col(TrainingRows.TRUTH)));
    Dataset<Row> rows = joined.select(col(PairsCleanTable.PAIR_ID), col(PairsTable.SOURCE), col(PairsTable.SPLIT),
        col(PairsCleanTable.PROMPT), col(PairsCleanTable.CHOSEN), col(PairsCleanTable.REJECTED),
        col(PairsCleanTable.TARGET_P).as(TrainingRows.TARGET),
        col(PairsCleanTable.MARGIN).as(TrainingRows.MARGIN), scoringWeight().as(TrainingRows.WEIGHT),
        truth.as(TrainingRows.TRUTH));
    return new TrainingInput(rows, Map.of(PairsTable.NAME, pairsVersion, contract.name(), lake.version(contract)),
        clean);
  }

  /** A dropped test pair is only scored, never trained on; its weight must still be a valid (positive) one. */
  private static Column scoringWeight() {
    return when(col(PairsCleanTable.WEIGHT).gt(0), col(PairsCleanTable.WEIGHT)).otherwise(lit(1.0));
  }

  private static Column truth(Dataset<Row> pairs) {
    return pairs.col(PairsTable.META).getItem(TRUTH_KEY).cast("double");
  }

  /**
   * Partitions the featurized pairs are cached in: {@code configured} when set, else sized by the table's row count
   * (a Delta metadata query) like ingest's files ({@link ShardCount}). Partitions of about 50,000 pairs keep each
   * cached block small enough for the memory store; one partition per core (500,000 pairs each at 10^6 on 2 cores)
   * did not fit and spilled whole to disk, and the input's own partitions follow file bytes, not pairs.
   */
  public int cachePartitions(int configured) {
    if (configured > 0) {
      return configured;
    }
    return ShardCount.of(table.count(), ShardCount.DEFAULT_PAIRS_PER_SHARD,
        table.sparkSession().sparkContext().defaultParallelism());
  }
}
