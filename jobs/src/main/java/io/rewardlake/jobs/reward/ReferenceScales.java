package io.rewardlake.jobs.reward;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.rewardlake.core.reward.MemberMoments;
import io.rewardlake.core.reward.MemberScales;
import io.rewardlake.jobs.encoder.EmbeddingStage;
import io.rewardlake.jobs.encoder.StoredEmbeddings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.reward.ScoreSamples;
import io.rewardlake.spark.vote.EnsembleHandle;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Member scales for the SQL functions, which see one sample at a time and so cannot standardise over their input:
 * every member's reward mean and std over the responses of up to {@link #REFERENCE_PAIRS} pairs of the lake (both
 * chosen and rejected), the distribution the ensemble was trained on.
 */
public final class ReferenceScales {
  public static final int REFERENCE_PAIRS = 5_000;

  private ReferenceScales() {}

  /** Encoder members read the responses' stored embeddings (embedding the ones missing), as {@code reward} does. */
  public static MemberScales fromPairs(SparkSession spark, Lakehouse lake, EnsembleHandle ensemble, int members) {
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest").limit(REFERENCE_PAIRS);
    Dataset<Row> responses = side(pairs, PairsTable.CHOSEN).union(side(pairs, PairsTable.REJECTED));
    StoredEmbeddings.Attached attached = StoredEmbeddings.attach(spark, lake, RunContext.start("sql", Map.of()),
        ensemble.directory(), responses, RewardJob.ROLES, EmbeddingStage.DEFAULT_BATCH, "sql");
    return attached.rows().javaRDD().mapPartitions(new ScoreSamples(ensemble, 256, attached.columns()))
        .map(row -> (double[]) row.get(4))
        .aggregate(new MemberMoments(members), MemberMoments::add, MemberMoments::merge).scales();
  }

  private static Dataset<Row> side(Dataset<Row> pairs, String response) {
    return pairs.select(col(PairsTable.PAIR_ID).as("sample_id"), col(PairsTable.PAIR_ID).as("prompt_id"),
        col(PairsTable.PROMPT).as("prompt"), col(response).as("response"),
        lit(null).cast(DataTypes.DoubleType).as("quality"));
  }
}
