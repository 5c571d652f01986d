package io.rewardlake.jobs.label;

import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.core.judge.TokenPrices;
import io.rewardlake.core.judge.http.HttpJudgeSettings;
import io.rewardlake.core.judge.http.OpenAiEndpoint;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.LakePaths;
import java.util.List;
import java.util.Objects;

/**
 * Typed config of {@code label}. Validated before Spark starts: an HTTP judge needs a model, a DJL judge a model
 * directory (and only it), the ensemble judge only judges pairwise, and the template must parse.
 *
 * @param judge {@code ensemble}, {@code http} or {@code djl}
 * @param ensemble the ensemble judge's ensemble (id or directory)
 * @param template the LLM judge's prompt (loaded even for the ensemble, which ignores it, so a typo is caught early)
 * @param split only this split; empty = every pair
 * @param limit at most this many pairs (the smallest pair ids); 0 = all
 * @param batchPairs pairs per committed micro-batch
 * @param partitions partitions per micro-batch; 0 = Spark's default parallelism
 * @param http endpoint settings; null for the ensemble judge. Its rate limit is the whole job's, split over
 *     executors at run time
 * @param trainSplits the splits {@code --distill} relabels (train.splits)
 * @param modelDir the DJL judge's model directory; empty for the other judges
 * @param topLogprobs alternatives a DJL judge reports at the answer position (judge.top_logprobs)
 * @param spending prices, budgets and dry run
 * @param preflight probe an http judge once before any Spark work
 * @param cache an http judge's replies go through the judge_cache table
 */
public record LabelConfig(String lake, String judge, String ensemble, JudgeTemplate template, String templateSource,
    JudgeMode mode, String split, int limit, int batchPairs, int partitions, double maxFailureRate, boolean distill,
    boolean evaluate, HttpJudgeSettings http, String apiKeyEnv, String apiKeyFile, int rationaleTokens,
    List<String> trainSplits, String modelDir, int topLogprobs, Spending spending, boolean preflight,
    boolean cache) {
  public static final String ENSEMBLE = "ensemble";
  public static final String HTTP = "http";
  public static final String DJL = "djl";

  public LabelConfig {
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(mode, "mode");
    trainSplits = List.copyOf(trainSplits);
    if (judge.equals(ENSEMBLE) && mode != JudgeMode.PAIRWISE) {
      throw new ConfigException("The ensemble judge only judges pairwise (label.mode=pairwise): it has no rationale"
          + " to generate and no 1-10 scale. Use label.judge=http or djl for mode " + mode.id()
          + ".");
    }
    if (judge.equals(HTTP) && http == null) {
      throw new IllegalArgumentException("an http judge needs its endpoint settings");
    }
    Objects.requireNonNull(modelDir, "modelDir");
    Objects.requireNonNull(spending, "spending");
    if (spending.hasBudget() && !judge.equals(HTTP)) {
      throw new ConfigException("A budget (label.budget_tokens, label.budget_cost, --budget) counts the tokens an"
          + " http judge bills; the " + judge + " judge bills none. Drop the budget or use label.judge=http.");
    }
    if (spending.budgetCost() > 0 && !spending.prices().priced()) {
      throw new ConfigException("label.budget_cost needs prices to count spending: set judge.price_prompt_per_1k and"
          + " judge.price_completion_per_1k, or give the budget in tokens (label.budget_tokens).");
    }
    if (judge.equals(DJL) && modelDir.isBlank()) {
      throw new ConfigException("label.judge=djl needs the judge model's directory: --judge-model DIR or --set"
          + " judge.model_dir=DIR (a directory with a djl-lm model.json).");
    }
    if (!judge.equals(DJL) && !modelDir.isBlank()) {
      throw new ConfigException("judge.model_dir (--judge-model) is the djl judge's model, but label.judge=" + judge
          + ". Use --judge djl with it, or drop it to use the " + judge + " judge.");
    }
  }

  /** A config without a DJL judge (the benchmark's): no model directory, the default top-k. */
  public LabelConfig(String lake, String judge, String ensemble, JudgeTemplate template, String templateSource,
      JudgeMode mode, String split, int limit, int batchPairs, int partitions, double maxFailureRate, boolean distill,
      boolean evaluate, HttpJudgeSettings http, String apiKeyEnv, String apiKeyFile, int rationaleTokens,
      List<String> trainSplits) {
    this(lake, judge, ensemble, template, templateSource, mode, split, limit, batchPairs, partitions, maxFailureRate,
        distill, evaluate, http, apiKeyEnv, apiKeyFile, rationaleTokens, trainSplits, "",
        ConfigKeys.JUDGE_TOP_LOGPROBS.defaultValue(), Spending.UNLIMITED, false,
        ConfigKeys.JUDGE_CACHE.defaultValue());
  }

  /** This config with the preflight done (the command probes before Spark starts, the job need not again). */
  public LabelConfig preflightDone() {
    return new LabelConfig(lake, judge, ensemble, template, templateSource, mode, split, limit, batchPairs, partitions,
        maxFailureRate, distill, evaluate, http, apiKeyEnv, apiKeyFile, rationaleTokens, trainSplits, modelDir,
        topLogprobs, spending, false, cache);
  }

  public boolean usesHttp() {
    return judge.equals(HTTP);
  }

  /** Whether replies go through the request cache: an http judge with judge.cache on. */
  public boolean cachesReplies() {
    return usesHttp() && cache;
  }

  public boolean usesDjl() {
    return judge.equals(DJL);
  }

  public static LabelConfig from(Settings settings) {
    String judge = settings.get(ConfigKeys.LABEL_JUDGE);
    String templateName = settings.get(ConfigKeys.LABEL_TEMPLATE);
    return new LabelConfig(LakePaths.root(settings), judge, settings.get(ConfigKeys.LABEL_ENSEMBLE),
        JudgeTemplates.load(templateName), JudgeTemplates.source(templateName),
        JudgeMode.of(settings.get(ConfigKeys.LABEL_MODE)), settings.get(ConfigKeys.LABEL_SPLIT),
        settings.get(ConfigKeys.LABEL_LIMIT), settings.get(ConfigKeys.LABEL_BATCH_PAIRS),
        settings.get(ConfigKeys.LABEL_PARTITIONS), settings.get(ConfigKeys.LABEL_MAX_FAILURE_RATE),
        settings.get(ConfigKeys.LABEL_DISTILL), settings.get(ConfigKeys.LABEL_EVALUATE),
        judge.equals(HTTP) ? http(settings) : null, settings.get(ConfigKeys.JUDGE_API_KEY_ENV),
        settings.get(ConfigKeys.JUDGE_API_KEY_FILE), settings.get(ConfigKeys.JUDGE_RATIONALE_TOKENS),
        settings.get(ConfigKeys.TRAIN_SPLITS), settings.get(ConfigKeys.JUDGE_MODEL_DIR),
        settings.get(ConfigKeys.JUDGE_TOP_LOGPROBS), spending(settings), settings.get(ConfigKeys.JUDGE_PREFLIGHT),
        settings.get(ConfigKeys.JUDGE_CACHE));
  }

  private static Spending spending(Settings settings) {
    return new Spending(new TokenPrices(settings.get(ConfigKeys.JUDGE_PRICE_PROMPT_PER_1K),
        settings.get(ConfigKeys.JUDGE_PRICE_COMPLETION_PER_1K)), settings.get(ConfigKeys.LABEL_BUDGET_TOKENS),
        settings.get(ConfigKeys.LABEL_BUDGET_COST), settings.get(ConfigKeys.LABEL_DRY_RUN));
  }

  private static HttpJudgeSettings http(Settings settings) {
    String model = settings.get(ConfigKeys.JUDGE_MODEL);
    if (model.isBlank()) {
      throw new ConfigException("label.judge=http needs the model the endpoint serves: --model NAME or"
          + " --set judge.model=NAME (e.g. the name vLLM was started with).");
    }
    try {
      return new HttpJudgeSettings(settings.get(ConfigKeys.JUDGE_BASE_URL), model,
          OpenAiEndpoint.of(settings.get(ConfigKeys.JUDGE_ENDPOINT)), settings.get(ConfigKeys.JUDGE_CONCURRENCY),
          settings.get(ConfigKeys.JUDGE_RATE_LIMIT), settings.get(ConfigKeys.JUDGE_TIMEOUT_MS),
          settings.get(ConfigKeys.JUDGE_MAX_ATTEMPTS), settings.get(ConfigKeys.JUDGE_BACKOFF_MS),
          settings.get(ConfigKeys.JUDGE_MAX_BACKOFF_MS), settings.get(ConfigKeys.JUDGE_TOP_LOGPROBS));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Judge endpoint settings: " + e.getMessage());
    }
  }
}
