package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.decontaminate.DecontaminateConfig;
import io.rewardlake.jobs.decontaminate.DecontaminateJob;
import io.rewardlake.jobs.lake.RunContext;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "decontaminate", mixinStandardHelpOptions = true,
    description = {"Flag the pairs whose prompt shares a long word n-gram with a benchmark's prompts into the",
        "'contamination' table (pair, benchmark, shared n-grams, one of them); clean then drops those pairs with the",
        "reason contaminated:<benchmark>. Benchmarks are files of prompts: JSON lines or Parquet with a prompt,",
        "instruction, question or turns field, or text with one prompt per line. Each run replaces the table."},
    footer = {"", "Examples:",
        "  rewardlake decontaminate --benchmark rewardbench.jsonl --benchmark mt-bench=question.jsonl",
        "  rewardlake decontaminate --benchmark prompts.txt --ngram 8 && rewardlake clean"})
final class DecontaminateCommand extends JobCommand<DecontaminateConfig> {
  @Option(names = "--benchmark", paramLabel = "[NAME=]FILE",
      description = "A benchmark's prompts (repeatable); the name defaults to the file name.")
  List<String> benchmarks;
  @Option(names = "--ngram", paramLabel = "WORDS",
      description = "Words in the n-grams compared (default ${bundle:default.decontaminate.ngram}).")
  Integer ngram;

  @Override
  String job() {
    return "decontaminate";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.DECONTAMINATE_BENCHMARKS, benchmarks, ConfigKeys.DECONTAMINATE_NGRAM, ngram);
  }

  @Override
  DecontaminateConfig config(Settings settings) {
    return DecontaminateConfig.from(settings);
  }

  @Override
  List<String> run(SparkSession spark, DecontaminateConfig config, RunContext run) {
    return DecontaminateJob.run(spark, config, run).lines();
  }
}
