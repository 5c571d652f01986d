package io.rewardlake.jobs.encoder;

import io.rewardlake.core.model.EncoderModels;
import io.rewardlake.core.model.EnsembleManifest;
import io.rewardlake.core.model.ModelFiles;
import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.spark.encoder.BackboneHandle;
import io.rewardlake.spark.encoder.EmbeddingColumns;
import io.rewardlake.spark.model.HadoopModelFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code vote} and {@code reward} with an ensemble that has encoder members: the texts are embedded into the
 * {@code embeddings} table first (only those not yet there, normally none after {@code train}), and the job's rows
 * carry the stored vectors to the executors, where members apply only their heads.
 */
public final class StoredEmbeddings {
  private StoredEmbeddings() {}

  /**
   * The job's rows with stored embeddings attached, and what tells executors where they are.
   *
   * @param columns null when the ensemble has no encoder member (rows unchanged)
   */
  public record Attached(Dataset<Row> rows, EmbeddingColumns columns) {}

  public static Attached attach(SparkSession spark, Lakehouse lake, RunContext run, String ensembleDirectory,
      Dataset<Row> rows, List<EmbeddingStage.Role> roles, int batchSize, String stage) {
    List<String> backbones = backbonesOf(spark, ensembleDirectory);
    if (backbones.isEmpty()) {
      return new Attached(rows, null);
    }
    EmbeddingStage embeddings = new EmbeddingStage(spark, lake, run, batchSize);
    Dataset<Row> out = rows;
    List<String> ids = new ArrayList<>();
    for (int b = 0; b < backbones.size(); b++) {
      BackboneHandle backbone = embeddings.backbone(backbones.get(b));
      out = embeddings.attach(out, backbone, b, roles, stage);
      ids.add(backbone.spec().modelId());
    }
    return new Attached(out, new EmbeddingColumns(ids, roles.stream().map(EmbeddingStage.Role::name).toList()));
  }

  /** The distinct backbone locations of the ensemble's encoder members, in member order. */
  static List<String> backbonesOf(SparkSession spark, String ensembleDirectory) {
    ModelFiles directory = new HadoopModelFiles(ensembleDirectory, spark.sparkContext().hadoopConfiguration());
    Set<String> backbones = new LinkedHashSet<>();
    try {
      EnsembleManifest manifest = ModelStore.readManifest(directory);
      for (String member : manifest.members()) {
        ModelMetadata metadata = ModelStore.readMetadata(directory.resolve(member));
        if (ModelMetadata.ENCODER.equals(metadata.family())) {
          backbones.add(metadata.featurizer().get(EncoderModels.BACKBONE));
        }
      }
    } catch (IOException e) {
      throw Errors.unreadableEnsemble(ensembleDirectory, e);
    }
    return List.copyOf(backbones);
  }
}
