package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code contamination}: the pairs whose prompt shares a long word n-gram with a benchmark's prompts, one row per pair
 * and benchmark, written by {@code decontaminate}. {@code clean} drops these pairs with the reason
 * {@code contaminated:<benchmark>}.
 */
public final class ContaminationTable {
  public static final String NAME = "contamination";

  public static final String PAIR_ID = PairsTable.PAIR_ID;
  public static final String BENCHMARK = "benchmark";
  public static final String NGRAM_WORDS = "ngram_words";
  public static final String SHARED_NGRAMS = "shared_ngrams";
  public static final String EXAMPLE = "example";
  public static final String RUN_ID = Columns.RUN_ID;

  public static final StructType SCHEMA = new StructType()
      .add(required(PAIR_ID, DataTypes.StringType, "the contaminated pair (pairs.pair_id)"))
      .add(required(BENCHMARK, DataTypes.StringType, "benchmark name (its file name, or NAME= before its path)"))
      .add(required(NGRAM_WORDS, DataTypes.IntegerType, "n-gram length in words the prompts were compared by"))
      .add(required(SHARED_NGRAMS, DataTypes.LongType, "distinct n-grams the pair's prompt shares with the benchmark"))
      .add(required(EXAMPLE, DataTypes.StringType, "one shared n-gram (normalised words), for review"))
      .add(Columns.runId());

  static final String DESCRIPTION = "Written by decontaminate: pairs whose prompt shares a word n-gram (13 words by "
      + "default) with a benchmark prompt, per benchmark; clean drops them as contaminated:<benchmark>.";

  public static final TableContract CONTRACT = new TableContract(NAME, DESCRIPTION, SCHEMA, List.of(),
      Columns.properties("pair_id,benchmark"));

  private ContaminationTable() {}
}
