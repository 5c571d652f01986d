package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.export.ExportConfig;
import io.rewardlake.jobs.export.ExportJob;
import io.rewardlake.jobs.lake.RunContext;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export 'pairs_clean' as files a reward-model trainer reads as they are: one file per split",
        "(train.jsonl, test.jsonl, ...) plus manifest.json and README.md with the exact columns, row counts, the",
        "table versions read and a training command. Dropped pairs (weight 0) are left out by default.",
        "",
        "Formats:",
        "  trl       prompt, chosen, rejected (TRL's explicit-prompt preference layout) + margin",
        "  openrlhf  chosen, rejected holding prompt + response (OpenRLHF's default keys) + margin",
        "  jsonl     RewardLake's full row: pair_id, prompt, chosen, rejected, target_p, margin, weight,",
        "            action, reason, policy_id, split, source",
        "  parquet   the same row in Parquet",
        "Trainer formats orient every pair so chosen is preferred and add target_p, weight, pair_id, which the",
        "trainers ignore."},
    footer = {"", "Examples:",
        "  rewardlake export --format trl",
        "      then, in Python with TRL installed:",
        "      data = load_dataset(\"json\", data_files={\"train\": \"lakehouse/export/trl/train.jsonl\"})",
        "      RewardTrainer(model=\"Qwen/Qwen3-0.6B\", args=RewardConfig(output_dir=\"rm\"),",
        "                    train_dataset=data[\"train\"]).train()",
        "  rewardlake export --format openrlhf --style conversational",
        "      deepspeed --module openrlhf.cli.train_rm --pretrain Qwen/Qwen3-0.6B \\",
        "        --dataset lakehouse/export/openrlhf/train.jsonl --apply_chat_template --margin_loss",
        "  rewardlake export --format parquet --split test --include-dropped --output /tmp/test-pairs",
        "", "The output folder is replaced as a whole (written beside it, then swapped in); the printed",
        "summary and the folder's README.md show the exact command for the files written.",
        "Settings precedence: key defaults < --config < --set < these options."})
final class ExportCommand extends JobCommand<ExportConfig> {
  @Option(names = "--format", description = "trl (default), openrlhf, jsonl or parquet.")
  String format;
  @Option(names = "--style", description = "trl and openrlhf: text (default; HH-style transcripts) or"
      + " conversational ({role, content} messages for chat templates).")
  String style;
  @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default <lake>/export/<format>).")
  String output;
  @Option(names = "--include-dropped", description = "Also export pairs cleaning dropped (weight 0).")
  Boolean includeDropped;
  @Option(names = "--split", description = "Export only this split (default: every split, one file each).")
  String split;

  @Override
  String job() {
    return "export";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.EXPORT_FORMAT, format, ConfigKeys.EXPORT_STYLE, style, ConfigKeys.EXPORT_OUTPUT, output,
        ConfigKeys.EXPORT_INCLUDE_DROPPED, includeDropped, ConfigKeys.EXPORT_SPLIT, split);
  }

  @Override
  ExportConfig config(Settings settings) {
    return ExportConfig.from(settings);
  }

  @Override
  List<String> run(SparkSession spark, ExportConfig config, RunContext run) {
    return ExportJob.run(spark, config, run).lines();
  }
}
