package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.label.JudgeTemplates;
import io.rewardlake.jobs.label.LabelConfig;
import io.rewardlake.jobs.label.LabelJob;
import io.rewardlake.jobs.label.LabelPreflight;
import io.rewardlake.jobs.lake.RunContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "label", mixinStandardHelpOptions = true,
    description = {"RLAIF: an AI judge labels the pairs into 'ai_labels'. A = the pair's chosen response, B its",
        "rejected one. Pairwise mode reads the log-probabilities of the label tokens \"1\" and \"2\" at the answer",
        "position, in both presentation orders, and averages them into p_a = P(A better) (position bias cancels;",
        "position_consistent says whether both orders agree). cot asks for a rationale first and keeps it; direct",
        "scores each response 1-10 (probability-weighted) and maps the difference to p_a.",
        "Resumable: pairs already labelled ok by the same judge, template and mode are skipped; results are committed",
        "every label.batch_pairs pairs; every pair judged ends as one row with a status."},
    footer = {"", "Examples:",
        "  rewardlake label                                        # offline: the ensemble 'main' as the judge",
        "  rewardlake label --evaluate                             # + alignment with the pairs' own labels",
        "  export OPENAI_API_KEY=...                               # the key never goes on the command line",
        "  rewardlake label --judge http --base-url http://vllm:8000/v1 --model llama-3-8b-instruct \\",
        "      --template harmlessness --mode pairwise --concurrency 64 --evaluate",
        "  rewardlake label --judge http --model m --set judge.endpoint=chat --set judge.api_key_file=/secrets/key",
        "  rewardlake label --judge http --model m --set judge.price_prompt_per_1k=0.01 \\",
        "      --set judge.price_completion_per_1k=0.03 --dry-run         # requests, tokens, cost; nothing sent",
        "  rewardlake label --judge http --model m --budget 2M             # stops at 2M tokens; re-run to go on",
        "  rewardlake label --judge-model /models/qwen2.5-0.5b-onnx --mode direct   # a local causal LM (DJL)",
        "  rewardlake label --show-template helpfulness > my-judge.yaml   # then --template my-judge.yaml",
        "  rewardlake label --distill && rewardlake train --input pairs_ai --ensemble rlaif",
        "", "Templates: helpfulness (default), harmlessness, summarization, or a YAML file. Endpoint settings",
        "(judge.*: timeout_ms, max_attempts, backoff_ms, rate_limit, top_logprobs, ...) are documented in",
        "conf/pipeline-local.yaml. 429/5xx/timeouts are retried with backoff and jitter, honouring Retry-After.",
        "An http judge is probed once before Spark starts (endpoint, API key, model, label log-probabilities); a",
        "failed probe exits 2 with the cause and the fix.",
        "The djl judge runs a causal LM exported to ONNX (or TorchScript) on the executors; its directory holds a",
        "model.json of family djl-lm (docs/jobs/label.md, 'Judge with a local model').",
        "The run exits 1 when more than label.max_failure_rate of the judged pairs failed.",
        "Settings precedence: key defaults < --config < --set < these options."})
final class LabelCommand extends JobCommand<LabelConfig> {
  @Option(names = "--judge", paramLabel = "ensemble|http|djl",
      description = "ensemble (default; offline, the built-in reward models), http (OpenAI-compatible endpoint) or"
          + " djl (a local causal LM: --judge-model).")
  String judge;
  @Option(names = "--judge-model", paramLabel = "DIR",
      description = "The djl judge's model directory (local, HDFS, S3) with a djl-lm model.json; implies --judge djl."
          + " Not with --base-url, --model or --ensemble.")
  String judgeModel;
  @Option(names = "--ensemble", description = "The ensemble judge's ensemble: id or directory (default ${bundle:default.label.ensemble}).")
  String ensemble;
  @Option(names = "--base-url", description = "Endpoint root up to /v1 (default ${bundle:default.judge.base_url}).")
  String baseUrl;
  @Option(names = "--model", description = "Model name the endpoint serves (required for --judge http).")
  String model;
  @Option(names = "--template", paramLabel = "NAME|FILE",
      description = "Prompt template preset or YAML file (default ${bundle:default.label.template}).")
  String template;
  @Option(names = "--mode", paramLabel = "pairwise|cot|direct", description = "Judging mode (default ${bundle:default.label.mode}).")
  String mode;
  @Option(names = "--split", description = "Label only this split (default: all pairs).")
  String split;
  @Option(names = "--limit", description = "Label at most N pairs (the same N every run; default all).")
  Integer limit;
  @Option(names = "--concurrency", description = "HTTP requests in flight per executor (default ${bundle:default.judge.concurrency}).")
  Integer concurrency;
  @Option(names = "--distill", description = "Also write 'pairs_ai' with the soft labels for train --input pairs_ai.")
  Boolean distill;
  @Option(names = "--evaluate",
      description = "Print alignment with the pairs' own labels (both orders vs one), position consistency.")
  Boolean evaluate;
  @Option(names = "--dry-run", description = "Count the requests and estimate the tokens (and cost, with"
      + " judge.price_*_per_1k) of judging the selected pairs, then stop: nothing is sent to the judge.")
  Boolean dryRun;
  @Option(names = "--budget", paramLabel = "TOKENS|MONEY", description = "Stop cleanly before this run spends more:"
      + " tokens (2000000, 500k, 2M) or money with a currency sign (25$, $25) at the judge.price_*_per_1k prices."
      + " The pairs left are judged by the next run.")
  String budget;
  @Option(names = "--skip-preflight", description = "Start without the probe request that checks the endpoint, key,"
      + " model and label log-probabilities first.")
  boolean skipPreflight;
  @Option(names = "--show-template", paramLabel = "NAME",
      description = "Print the preset template's YAML (with comments) and exit.")
  String showTemplate;

  @Override
  public Integer call() {
    if (showTemplate != null) {
      System.out.print(JudgeTemplates.presetYaml(showTemplate));
      return Cli.OK;
    }
    return super.call();
  }

  @Override
  String job() {
    return "label";
  }

  @Override
  Map<String, String> options() {
    Map<String, String> options = new TreeMap<>();
    if (judgeModel != null) {
      requireOnlyTheDjlJudge();
    }
    put(options, ConfigKeys.LABEL_JUDGE.name(), judgeModel != null && judge == null ? LabelConfig.DJL : judge);
    put(options, ConfigKeys.JUDGE_MODEL_DIR.name(), judgeModel);
    put(options, ConfigKeys.LABEL_ENSEMBLE.name(), ensemble);
    put(options, ConfigKeys.JUDGE_BASE_URL.name(), baseUrl);
    put(options, ConfigKeys.JUDGE_MODEL.name(), model);
    put(options, ConfigKeys.LABEL_TEMPLATE.name(), template);
    put(options, ConfigKeys.LABEL_MODE.name(), mode);
    put(options, ConfigKeys.LABEL_SPLIT.name(), split);
    put(options, ConfigKeys.LABEL_LIMIT.name(), limit);
    put(options, ConfigKeys.JUDGE_CONCURRENCY.name(), concurrency);
    put(options, ConfigKeys.LABEL_DISTILL.name(), distill);
    put(options, ConfigKeys.LABEL_EVALUATE.name(), evaluate);
    put(options, ConfigKeys.LABEL_DRY_RUN.name(), dryRun);
    if (budget != null) {
      Map.Entry<String, String> parsed = BudgetOption.parse(budget);
      options.put(parsed.getKey(), parsed.getValue());
    }
    if (skipPreflight) {
      options.put(ConfigKeys.JUDGE_PREFLIGHT.name(), "false");
    }
    return options;
  }

  /** --judge-model picks the djl judge: options that pick or configure another judge contradict it. */
  private void requireOnlyTheDjlJudge() {
    List<String> others = new java.util.ArrayList<>();
    if (judge != null && !judge.equals(LabelConfig.DJL)) {
      others.add("--judge " + judge);
    }
    if (baseUrl != null) {
      others.add("--base-url");
    }
    if (model != null) {
      others.add("--model");
    }
    if (ensemble != null) {
      others.add("--ensemble");
    }
    if (!others.isEmpty()) {
      throw new ConfigException("--judge-model (a local DJL judge) cannot be combined with " + String.join(", ",
          others) + ", which are for the http or ensemble judge. Choose one judge.");
    }
  }

  @Override
  LabelConfig config(Settings settings) {
    return LabelConfig.from(settings);
  }

  @Override
  LabelConfig beforeSpark(LabelConfig config) {
    return LabelPreflight.check(config, System::getenv);
  }

  @Override
  List<String> run(SparkSession spark, LabelConfig config, RunContext run) {
    return LabelJob.run(spark, config, run).lines();
  }
}
