package io.rewardlake.spark.judge;

import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.core.judge.LanguageModelJudge;
import io.rewardlake.core.judge.PairJudge;
import io.rewardlake.spark.model.HadoopConfigurations;
import java.util.Objects;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * A causal LM run on the executors through DJL as the judge ({@code label.judge=djl}). The model directory may be on
 * any Hadoop file system: the Hadoop configuration is broadcast ({@link HadoopConfigurations}), and each executor
 * loads the model once
 * from a local copy, on the GPU Spark assigned to the task when the model's {@code device} allows it
 * ({@link ExecutorDjlModels}).
 */
public final class DjlJudgeFactory implements JudgeFactory {
  private static final long serialVersionUID = 1L;

  private final String directory;
  private final Broadcast<SerializableConfiguration> hadoop;
  private final JudgeTemplate template;
  private final JudgeMode mode;
  private final int rationaleTokens;
  private final int topLogprobs;
  private final int window;

  private DjlJudgeFactory(String directory, Broadcast<SerializableConfiguration> hadoop, JudgeTemplate template,
      JudgeMode mode, int rationaleTokens, int topLogprobs, int window) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.hadoop = Objects.requireNonNull(hadoop, "hadoop");
    this.template = Objects.requireNonNull(template, "template");
    this.mode = Objects.requireNonNull(mode, "mode");
    if (rationaleTokens < 1 || topLogprobs < 1 || window < 1) {
      throw new IllegalArgumentException("rationale tokens, top logprobs and window must be at least 1");
    }
    this.rationaleTokens = rationaleTokens;
    this.topLogprobs = topLogprobs;
    this.window = window;
  }

  /**
   * @param modelBatchSize the model's {@code batch_size}: each task keeps that many pairs in flight, so even a lone
   *     task queues two or more requests per batch slot and the worker always has a full next batch waiting
   */
  public static DjlJudgeFactory of(SparkSession spark, String directory, JudgeTemplate template, JudgeMode mode,
      int rationaleTokens, int topLogprobs, int modelBatchSize) {
    return new DjlJudgeFactory(directory, HadoopConfigurations.broadcast(spark), template, mode, rationaleTokens, topLogprobs, modelBatchSize);
  }

  @Override
  public PairJudge judge() {
    return new LanguageModelJudge(ExecutorDjlModels.model(directory, hadoop.value().value(), topLogprobs), template,
        mode, rationaleTokens);
  }

  /** Pairs go to the judge one by one; the model batches their requests across pairs and tasks. */
  @Override
  public int batchSize() {
    return 1;
  }

  @Override
  public int window() {
    return window;
  }
}
