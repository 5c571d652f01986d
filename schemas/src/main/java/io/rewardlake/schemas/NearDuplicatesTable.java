package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code near_duplicates}: the pairs whose prompt (or whole pair) is the same as, or nearly the same as, another pair's,
 * one row per pair and kind of text, written by {@code near-duplicates}. Pairs joined by near-duplicate links form a
 * cluster; one pair per cluster is its representative, the one {@code clean} keeps when asked to keep one pair per
 * cluster (the others are dropped with the reason {@code near_duplicate:<of>:<cluster_id>}).
 */
public final class NearDuplicatesTable {
  public static final String NAME = "near_duplicates";

  public static final String OF = "of";
  public static final String PAIR_ID = PairsTable.PAIR_ID;
  public static final String CLUSTER_ID = "cluster_id";
  public static final String CLUSTER_PAIRS = "cluster_pairs";
  public static final String CLUSTER_TEXTS = "cluster_texts";
  public static final String SIMILARITY = "similarity";
  public static final String REPRESENTATIVE = "representative";
  public static final String RUN_ID = Columns.RUN_ID;

  /** The kinds of text compared: the prompt alone, or prompt and both responses. */
  public static final List<String> KINDS = List.of("prompt", "pair");

  public static final StructType SCHEMA = new StructType()
      .add(required(OF, DataTypes.StringType, "what was compared: prompt, or pair (prompt and both responses)"))
      .add(required(PAIR_ID, DataTypes.StringType, "the pair (pairs.pair_id)"))
      .add(required(CLUSTER_ID, DataTypes.StringType, "the cluster, named by its representative's pair_id"))
      .add(required(CLUSTER_PAIRS, DataTypes.LongType, "pairs in the cluster (at least 2)"))
      .add(required(CLUSTER_TEXTS, DataTypes.LongType,
          "distinct texts in the cluster after normalisation (1: every member has the same text)"))
      .add(required(SIMILARITY, DataTypes.DoubleType,
          "highest Jaccard similarity of this pair's word shingles to another member's (1 for the same text)"))
      .add(required(REPRESENTATIVE, DataTypes.BooleanType,
          "the pair clean keeps of this cluster: most annotations, then highest agreement, then smallest pair_id"))
      .add(Columns.runId());

  static final String DESCRIPTION = "Written by near-duplicates: clusters of pairs whose prompt (of=prompt) or whole "
      + "pair (of=pair) is the same or nearly the same (MinHash LSH over word shingles, Jaccard at least the "
      + "threshold); clean can keep one pair per cluster.";

  public static final TableContract CONTRACT = new TableContract(NAME, DESCRIPTION, SCHEMA, List.of(),
      Columns.properties("of,pair_id,cluster_id,similarity"));

  private NearDuplicatesTable() {}
}
