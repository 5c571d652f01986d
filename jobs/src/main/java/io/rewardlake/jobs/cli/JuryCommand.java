package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.jury.JuryConfig;
import io.rewardlake.jobs.jury.JuryJob;
import io.rewardlake.jobs.lake.RunContext;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "jury", mixinStandardHelpOptions = true,
    description = {"Combine several AI judges' labels into a jury: for each pair, the ok soft labels P(A better) of",
        "every judge in ai_labels (a judge is a judge_id with its template and mode), their mean and the sigmoid of",
        "their mean log-odds, and the share on the majority side, into the 'jury' table. Prints each judge's",
        "position bias and the judges' agreement matrix. The jury also votes in 'strength' under its id (each",
        "judge's log-odds as a vote, optionally beside an ensemble's members), so clean --ensemble ID uses it."},
    footer = {"", "Examples:",
        "  rewardlake label --judge http --model llama-3-70b --base-url http://vllm-a:8000/v1",
        "  rewardlake label --judge http --model qwen-2.5-72b --base-url http://vllm-b:8000/v1",
        "  rewardlake label                                         # the ensemble 'main' as a third judge",
        "  rewardlake jury                                          # every judge with ok labels",
        "  rewardlake jury --id llms --judges openai-completions:llama-3-70b,openai-completions:qwen-2.5-72b \\",
        "      --ensemble main && rewardlake clean --ensemble llms   # the LLMs vote beside the reward models"})
final class JuryCommand extends JobCommand<JuryConfig> {
  @Option(names = "--id", description = "The jury's id (default ${bundle:default.jury.id}).")
  String id;
  @Option(names = "--judges", split = ",", paramLabel = "JUDGE_ID",
      description = "Judge ids of ai_labels on the jury (default: every judge with ok labels).")
  List<String> judges;
  @Option(names = "--ensemble", description = "An ensemble whose votes in 'strength' join the jury's.")
  String ensemble;

  @Override
  String job() {
    return "jury";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.JURY_ID, id, ConfigKeys.JURY_JUDGES, judges, ConfigKeys.JURY_ENSEMBLE, ensemble);
  }

  @Override
  JuryConfig config(Settings settings) {
    return JuryConfig.from(settings);
  }

  @Override
  List<String> run(SparkSession spark, JuryConfig config, RunContext run) {
    return JuryJob.run(spark, config, run).lines();
  }
}
