package io.rewardlake.jobs.evaluate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.map_concat;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import io.rewardlake.jobs.clean.VoteCheck;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.EmbeddingsTable;
import io.rewardlake.schemas.PairsTable;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The audit's noise: exactly {@code round(share × eligible)} labels flipped, where eligible means a training-split pair
 * with a decided label (not 0.5), chosen as the pairs with the smallest seeded hash of their id, so the same seed picks
 * the same pairs on any cluster. A flipped pair has chosen and rejected swapped and keeps its label_p: the annotator
 * now prefers the other response with the same confidence. Every pair records the label it had as ground truth
 * ({@code meta.true_p_chosen}, in its new orientation) and {@code meta.flipped}, which is what {@code evaluate} and
 * the oracle ensemble read; held-out pairs are never flipped, so test accuracy is measured against the real labels.
 */
public final class FlipInjection {
  /** Meta keys the injection owns; a corpus's own values (a synthetic corpus's truth) are replaced. */
  static final List<String> OWNED_KEYS = List.of("flipped", "true_p_chosen", "ambiguous");

  private FlipInjection() {}

  /** What was injected. */
  public record Injected(Dataset<Row> pairs, long eligible, long flipped) {}

  public static Injected inject(Dataset<Row> pairs, double share, long seed, List<String> trainSplits) {
    if (!(share > 0 && share <= 0.5)) {
      throw new IllegalArgumentException("share of flips must be in (0, 0.5], got " + share);
    }
    Column eligible = eligible(trainSplits);
    long candidates = pairs.filter(eligible).count();
    long flips = Math.round(share * candidates);
    Dataset<Row> chosen = pairs.filter(eligible)
        .orderBy(xxhash64(lit(seed), col(PairsTable.PAIR_ID)), col(PairsTable.PAIR_ID)).limit((int) flips)
        .select(col(PairsTable.PAIR_ID).as("injected_pair_id"));
    Dataset<Row> marked = pairs.join(chosen, pairs.col(PairsTable.PAIR_ID).equalTo(col("injected_pair_id")), "left")
        .withColumn("injected", col("injected_pair_id").isNotNull());
    return new Injected(marked.select(columns(marked)), candidates, flips);
  }

  /** A pair the injection may flip: in a training split, with a decided label. */
  static Column eligible(List<String> trainSplits) {
    return col(PairsTable.SPLIT).isin(trainSplits.toArray()).and(col(PairsTable.LABEL_P).isNotNull())
        .and(col(PairsTable.LABEL_P).notEqual(0.5));
  }

  /**
   * Copies the source lake's cached encoder embeddings into a scratch lake (the audit's, the ablation's), so encoder
   * members there do not embed every text again.
   */
  static void copyEmbeddings(Lakehouse source, Lakehouse scratch, Lineage lineage) {
    if (source.exists(EmbeddingsTable.CONTRACT)) {
      scratch.write(EmbeddingsTable.CONTRACT, source.read(EmbeddingsTable.CONTRACT, "embed"), WriteMode.OVERWRITE,
          lineage);
    }
  }

  /** The pairs columns, in contract order, with the flipped pairs turned round. */
  private static Column[] columns(Dataset<Row> marked) {
    Column injected = col("injected");
    Column label = col(PairsTable.LABEL_P);
    Column truth = when(label.isNull(), lit(null).cast("string"))
        .otherwise(when(injected, lit(1.0).minus(label)).otherwise(label).cast("string"));
    Column position = col(PairsTable.META).getItem(VoteCheck.POSITION_KEY);
    Column swappedPosition = when(injected.and(position.equalTo("a")), lit("b"))
        .when(injected.and(position.equalTo("b")), lit("a")).otherwise(position);
    String owned = String.join(", ", OWNED_KEYS.stream().map(key -> "'" + key + "'").toList())
        + ", '" + VoteCheck.POSITION_KEY + "'";
    Column kept = expr("map_filter(" + PairsTable.META + ", (k, v) -> k NOT IN (" + owned + "))");
    Column added = map(lit("flipped"), when(injected, lit("true")).otherwise(lit("false")), lit("true_p_chosen"),
        truth);
    Column meta = map_concat(kept, when(position.isNull(), added).otherwise(map_concat(added,
        map(lit(VoteCheck.POSITION_KEY), swappedPosition))));
    return Arrays.stream(PairsTable.SCHEMA.fieldNames()).map(name -> switch (name) {
          case PairsTable.CHOSEN -> when(injected, col(PairsTable.REJECTED)).otherwise(col(PairsTable.CHOSEN)).as(name);
          case PairsTable.REJECTED -> when(injected, col(PairsTable.CHOSEN)).otherwise(col(PairsTable.REJECTED))
              .as(name);
          case PairsTable.META -> meta.as(name);
          default -> marked.col(name);
        }).toArray(Column[]::new);
  }
}
