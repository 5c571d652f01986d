package io.rewardlake.spark.vote;

import io.rewardlake.core.model.Ensemble;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.vote.EnsembleScorer;
import io.rewardlake.spark.model.HadoopConfigurations;
import io.rewardlake.spark.model.HadoopModelFiles;
import io.rewardlake.spark.model.TaskGpus;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * What a task needs to find an ensemble: its directory and the Hadoop configuration to read it with (broadcast, so
 * credentials for object stores reach the executors). Small and serializable; the models themselves are loaded on
 * the executor, once per JVM, by {@link ExecutorEnsembles}.
 */
public final class EnsembleHandle implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String directory;
  private final Broadcast<SerializableConfiguration> hadoop;

  private EnsembleHandle(String directory, Broadcast<SerializableConfiguration> hadoop) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.hadoop = hadoop;
  }

  /** A handle for the ensemble in {@code directory}, reading with the session's Hadoop configuration. */
  public static EnsembleHandle of(SparkSession spark, String directory) {
    return new EnsembleHandle(directory, HadoopConfigurations.broadcast(spark));
  }

  public String directory() {
    return directory;
  }

  /** The executor's shared scorer for this ensemble, loading it on first use. */
  public EnsembleScorer scorer() {
    List<String> gpus = TaskGpus.assigned();
    return ExecutorEnsembles.scorer(cacheKey(gpus), () -> load(gpus));
  }

  /** The executor's shared ensemble, for callers that need its members one by one. */
  public Ensemble ensemble() {
    List<String> gpus = TaskGpus.assigned();
    return ExecutorEnsembles.ensemble(cacheKey(gpus), () -> load(gpus));
  }

  /**
   * One loaded copy per directory and assigned GPU: tasks of one executor normally share its GPU (and so the copy);
   * an executor with several GPUs holds one copy of its neural members per GPU its tasks were given.
   */
  private String cacheKey(List<String> gpus) {
    return gpus.isEmpty() ? directory : directory + " on gpu " + String.join(",", gpus);
  }

  Ensemble load(List<String> gpus) {
    try {
      return ModelStore.loadEnsemble(new HadoopModelFiles(directory, hadoop.value().value()), gpus);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load ensemble " + directory + ": " + e.getMessage(), e);
    }
  }
}
