package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.optional;
import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code pairs}: one row per unique preference pair, written by {@code ingest}.
 *
 * <p>{@code pair_id} is a content hash of the normalised prompt and the two responses, independent of which response
 * is chosen, so the same pair from two files (or with its label reversed) gets the same id. {@code label_p} is
 * P(chosen preferred): 1.0 for a hard label, 0.5 for a tie, null for an unlabelled pair waiting for a judge. A pair
 * labelled several times (in one record, in several records or across ingests) has the mean of its labels, with their
 * number in {@code annotations} and how far they agree in {@code agreement}; chosen and rejected stay as the pair was
 * first read, so {@code label_p} falls below 0.5 when most labels prefer the other response.
 *
 * <p>Not partitioned: writers shard rows into evenly sized files by a hash of {@code pair_id}, which spreads every
 * later stage evenly over executors; a low-cardinality partition column would only make small files.
 */
public final class PairsTable {
  public static final String NAME = "pairs";

  public static final String PAIR_ID = "pair_id";
  public static final String SOURCE = "source";
  public static final String SPLIT = "split";
  public static final String PROMPT = "prompt";
  public static final String CHOSEN = "chosen";
  public static final String REJECTED = "rejected";
  public static final String LABEL_SOURCE = "label_source";
  public static final String LABEL_P = "label_p";
  public static final String META = "meta";
  public static final String ANNOTATIONS = "annotations";
  public static final String AGREEMENT = "agreement";
  public static final String RUN_ID = Columns.RUN_ID;

  /** Values of {@link #LABEL_SOURCE}. */
  public static final String LABEL_HUMAN = "human";
  public static final String LABEL_AI = "ai";
  public static final String LABEL_SYNTHETIC = "synthetic";
  public static final String LABEL_NONE = "none";
  public static final List<String> LABEL_SOURCES = List.of(LABEL_HUMAN, LABEL_AI, LABEL_SYNTHETIC, LABEL_NONE);

  public static final StructType SCHEMA = new StructType()
      .add(required(PAIR_ID, DataTypes.StringType, "content hash of normalised prompt and both responses"))
      .add(required(SOURCE, DataTypes.StringType, "where the pair came from (dataset name or input file)"))
      .add(required(SPLIT, DataTypes.StringType, "train, test, ... as given by the input (default train)"))
      .add(required(PROMPT, DataTypes.StringType, "conversation up to the responses; may be empty"))
      .add(required(CHOSEN, DataTypes.StringType, "preferred response (response_a for unlabelled pairs)"))
      .add(required(REJECTED, DataTypes.StringType, "dispreferred response (response_b for unlabelled pairs)"))
      .add(required(LABEL_SOURCE, DataTypes.StringType, "human | ai | synthetic | none"))
      .add(optional(LABEL_P, DataTypes.DoubleType, "P(chosen preferred); 1.0 hard label, 0.5 tie, null unlabelled"))
      .add(required(META, Columns.STRING_MAP, "free-form string metadata from the input (ids, ground truth)"))
      .add(optional(ANNOTATIONS, DataTypes.IntegerType,
          "labels label_p is the mean of (annotations table); null in lakes ingested before labels were counted"))
      .add(optional(AGREEMENT, DataTypes.DoubleType,
          "share of those labels on label_p's side of 0.5 (a tie counts half); 1.0 for a single label"))
      .add(Columns.runId());

  public static final List<String> PARTITION_COLUMNS = List.of();

  static final String DESCRIPTION = "Written by ingest: one row per unique preference pair. pair_id is a content hash of the "
      + "normalised prompt and both responses in sorted order; label_p is P(chosen preferred), the mean of the pair's "
      + "labels (annotations), null for a pair waiting for a judge.";

  public static final TableContract CONTRACT =
      new TableContract(NAME, DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("pair_id,source,split,label_source,label_p"));

  /**
   * {@code pairs_ai}: the same columns, written by {@code label --distill}: the training splits' labels replaced by a
   * judge's soft labels (label_source ai; null where the judge failed, so the pair is not trained on), the other
   * splits as in {@code pairs}, so a reward model distilled from AI feedback is still tested against human labels.
   */
  static final String AI_DESCRIPTION = "Written by label --distill: the columns of pairs, with the training splits' labels "
      + "replaced by a judge's soft labels (label_source ai) and the other splits as in pairs.";

  public static final TableContract AI_CONTRACT =
      new TableContract("pairs_ai", AI_DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("pair_id,source,split,label_source,label_p"));

  private PairsTable() {}
}
