package io.rewardlake.jobs.label;

import io.rewardlake.core.djl.JudgeModelDirectory;
import io.rewardlake.core.judge.EnsembleJudge;
import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.http.ApiKey;
import io.rewardlake.core.judge.http.HttpJudgeSettings;
import io.rewardlake.core.neural.NeuralModelSpec;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.model.EnsembleLocator;
import io.rewardlake.jobs.model.EnsembleLocator.LocatedEnsemble;
import io.rewardlake.spark.judge.DjlJudgeFactory;
import io.rewardlake.spark.judge.EnsembleJudgeFactory;
import io.rewardlake.spark.judge.HttpJudgeFactory;
import io.rewardlake.spark.judge.JudgeFactory;
import io.rewardlake.spark.model.HadoopModelFiles;
import io.rewardlake.spark.vote.EnsembleHandle;
import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.SparkSession;

/**
 * The judge a {@code label} run uses, decided on the driver: the executors' factory plus the ids its rows carry, which
 * are also the key a re-run uses to skip pairs already labelled.
 *
 * @param description one line for the summary (never the API key)
 */
record JudgeChoice(JudgeFactory factory, String judgeId, String templateId, JudgeMode mode, String description) {
  private static final int ENSEMBLE_BATCH = 256;

  /** Whether the judge is a language model sent prompts (http, djl), whose requests and tokens can be estimated. */
  boolean usesTokens() {
    return !judgeId.startsWith("ensemble:");
  }

  static JudgeChoice of(SparkSession spark, Lakehouse lake, LabelConfig config, UnaryOperator<String> environment) {
    if (config.usesDjl()) {
      return djl(spark, config);
    }
    return config.usesHttp() ? http(spark, config, environment) : ensemble(spark, lake, config);
  }

  /** A local causal LM: its directory is checked here, on the driver, so a wrong one fails before any task runs. */
  private static JudgeChoice djl(SparkSession spark, LabelConfig config) {
    JudgeModelDirectory model;
    try {
      model = JudgeModelDirectory.read(new HadoopModelFiles(config.modelDir(), spark.sparkContext()
          .hadoopConfiguration()));
    } catch (IOException e) {
      throw Errors.notAJudgeModel(config.modelDir(), e.getMessage());
    }
    NeuralModelSpec spec = model.spec();
    DjlJudgeFactory factory = DjlJudgeFactory.of(spark, config.modelDir(), config.template(), config.mode(),
        config.rationaleTokens(), config.topLogprobs(), spec.batchSize());
    return new JudgeChoice(factory, model.judgeId(), config.template().templateId(), config.mode(),
        "the local causal LM " + config.modelDir() + " (" + spec.engine() + ", device " + spec.device().id()
            + ", batches of " + spec.batchSize() + ", max_length " + spec.maxLength() + ")");
  }

  private static JudgeChoice ensemble(SparkSession spark, Lakehouse lake, LabelConfig config) {
    LocatedEnsemble ensemble = EnsembleLocator.locate(spark, lake, config.ensemble());
    EnsembleJudgeFactory factory = new EnsembleJudgeFactory(EnsembleHandle.of(spark, ensemble.directory()),
        ensemble.id(), ENSEMBLE_BATCH);
    return new JudgeChoice(factory, "ensemble:" + ensemble.id(), EnsembleJudge.TEMPLATE_ID, JudgeMode.PAIRWISE,
        "the reward-model ensemble '" + ensemble.id() + "' (offline; P(A) = mean sigmoid(r(A) - r(B)))");
  }

  private static JudgeChoice http(SparkSession spark, LabelConfig config, UnaryOperator<String> environment) {
    ApiKey key = ApiKeys.resolve(config.apiKeyEnv(), config.apiKeyFile(), environment);
    HttpJudgeSettings settings = perExecutor(config.http(), executors(spark));
    var broadcastKey = spark.sparkContext().broadcast(key, scala.reflect.ClassTag$.MODULE$.apply(ApiKey.class));
    HttpJudgeFactory factory = new HttpJudgeFactory(settings, broadcastKey, config.template(), config.mode(),
        config.rationaleTokens());
    String rate = settings.requestsPerSecond() == 0 ? "no rate limit"
        : String.format(java.util.Locale.ROOT, "%.1f requests/s per executor", settings.requestsPerSecond());
    return new JudgeChoice(factory, settings.judgeId(), config.template().templateId(), config.mode(),
        settings.endpoint().id() + " endpoint " + settings.displayUri() + ", model " + settings.model() + ", "
            + settings.concurrency() + " in flight per executor, " + rate + ", "
            + ApiKeys.describe(key, config.apiKeyEnv(), config.apiKeyFile()));
  }

  /** The job-wide rate limit split evenly over the executors present now. */
  private static HttpJudgeSettings perExecutor(HttpJudgeSettings settings, int executors) {
    return new HttpJudgeSettings(settings.baseUrl(), settings.model(), settings.endpoint(), settings.concurrency(),
        settings.requestsPerSecond() / executors, settings.timeoutMs(), settings.maxAttempts(), settings.backoffMs(),
        settings.maxBackoffMs(), settings.topLogprobs());
  }

  private static int executors(SparkSession spark) {
    int blockManagers = spark.sparkContext().getExecutorMemoryStatus().size();
    // Locally the driver is the executor; on a cluster the driver's block manager is one of the entries.
    return spark.sparkContext().isLocal() ? 1 : Math.max(1, blockManagers - 1);
  }
}
