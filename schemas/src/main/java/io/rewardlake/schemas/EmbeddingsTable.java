package io.rewardlake.schemas;

import static io.rewardlake.schemas.Columns.required;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code embeddings}: one pooled embedding per (backbone, text), computed once and reused by {@code train},
 * {@code vote} and {@code reward} for encoder ensembles. The key is the backbone's model id and the SHA-256 of the
 * text exactly as the backbone reads it (its role prefix included), so a text shared by many pairs (a prompt with
 * many responses) is embedded once, and embedding a grown corpus only adds the texts not yet in the table.
 * Rows are only ever appended, in one Delta commit per embedding run.
 */
public final class EmbeddingsTable {
  public static final String NAME = "embeddings";

  public static final String BACKBONE_ID = "backbone_id";
  public static final String TEXT_HASH = "text_hash";
  public static final String EMBEDDING = "embedding";
  public static final String TOKENS = "tokens";
  public static final String TRUNCATED = "truncated";
  public static final String RUN_ID = Columns.RUN_ID;

  public static final DataType VECTOR = DataTypes.createArrayType(DataTypes.FloatType, false);

  public static final StructType SCHEMA = new StructType()
      .add(required(BACKBONE_ID, DataTypes.StringType, "model_id of the backbone (its model.json) that embedded"))
      .add(required(TEXT_HASH, DataTypes.StringType, "sha-256 (hex) of the text as the backbone read it, prefix"
          + " included"))
      .add(required(EMBEDDING, VECTOR, "pooled (and, if the backbone says so, unit-length) embedding"))
      .add(required(TOKENS, DataTypes.IntegerType, "tokens the backbone saw, special tokens included"))
      .add(required(TRUNCATED, DataTypes.BooleanType, "whether the text was cut to the backbone's max_length"))
      .add(Columns.runId());

  public static final List<String> PARTITION_COLUMNS = List.of(BACKBONE_ID);

  static final String DESCRIPTION = "Written by train, vote and reward for encoder ensembles: one pooled embedding per backbone "
      + "and text (keyed by the SHA-256 of the text as the backbone reads it), computed once and "
      + "only appended.";

  public static final TableContract CONTRACT =
      new TableContract(NAME, DESCRIPTION, SCHEMA, PARTITION_COLUMNS, Columns.properties("text_hash,tokens"));

  private EmbeddingsTable() {}
}
