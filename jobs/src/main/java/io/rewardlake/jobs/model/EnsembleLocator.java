package io.rewardlake.jobs.model;

import static org.apache.spark.sql.functions.col;

import io.rewardlake.core.model.EnsembleManifest;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.ModelsTable;
import io.rewardlake.spark.model.HadoopModelFiles;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Finds an ensemble from what a user typed: an id in {@code models} (whose rows point at the latest complete run of
 * that id) or a directory holding {@code ensemble.json} (any ensemble, also one trained elsewhere).
 */
public final class EnsembleLocator {
  private EnsembleLocator() {}

  /** A stored ensemble: its directory and manifest. */
  public record LocatedEnsemble(String directory, EnsembleManifest manifest) {
    public String id() {
      return manifest.ensembleId();
    }
  }

  public static LocatedEnsemble locate(SparkSession spark, Lakehouse lake, String reference) {
    String directory = looksLikePath(reference) ? LakePaths.qualify(reference) : directoryOf(spark, lake, reference);
    return new LocatedEnsemble(directory, manifest(directory, spark.sparkContext().hadoopConfiguration()));
  }

  /** True when {@code reference} names a directory rather than an id in {@code models}. */
  public static boolean looksLikePath(String reference) {
    return reference.contains("/") || reference.contains("\\") || reference.startsWith(".");
  }

  private static String directoryOf(SparkSession spark, Lakehouse lake, String ensembleId) {
    if (!lake.exists(ModelsTable.CONTRACT)) {
      throw Errors.unknownEnsemble(ensembleId, lake.path(ModelsTable.CONTRACT), List.of());
    }
    List<Row> paths = lake.read(ModelsTable.CONTRACT, "train").filter(col(ModelsTable.ENSEMBLE_ID).equalTo(ensembleId))
        .select(col(ModelsTable.PATH)).limit(1).collectAsList();
    if (paths.isEmpty()) {
      List<String> known = lake.read(ModelsTable.CONTRACT, "train").select(ModelsTable.ENSEMBLE_ID).distinct()
          .as(Encoders.STRING()).collectAsList();
      throw Errors.unknownEnsemble(ensembleId, lake.path(ModelsTable.CONTRACT), known.stream().sorted().toList());
    }
    String memberPath = paths.get(0).getString(0);
    return memberPath.substring(0, memberPath.lastIndexOf('/'));
  }

  private static EnsembleManifest manifest(String directory, Configuration hadoop) {
    try {
      return ModelStore.readManifest(new HadoopModelFiles(directory, hadoop));
    } catch (IOException | RuntimeException e) {
      throw Errors.unreadableEnsemble(directory, e);
    }
  }
}
