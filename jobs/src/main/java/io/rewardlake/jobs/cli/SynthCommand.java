package io.rewardlake.jobs.cli;

import io.rewardlake.core.synth.SynthSummary;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.synth.SynthConfig;
import io.rewardlake.jobs.synth.SynthJob;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "synth", mixinStandardHelpOptions = true,
    description = "Write a seeded synthetic preference corpus with known ground truth to <lake>/raw/synth.jsonl.",
    footer = {"", "Settings precedence: key defaults < --config < --set < these options."})
final class SynthCommand extends JobCommand<SynthConfig> {
  @Option(names = "--pairs", description = "Number of pairs (default ${bundle:default.synth.pairs}).")
  Integer pairs;
  @Option(names = "--seed", description = "Random seed (default ${bundle:default.synth.seed}); same seed, same bytes.")
  Long seed;
  @Option(names = "--candidates", description = "Candidate responses per prompt (default ${bundle:default.synth.candidates_per_prompt}).")
  Integer candidates;
  @Option(names = "--flip-rate", description = "Share of non-ambiguous pairs with a flipped label (default ${bundle:default.synth.flip_rate}).")
  Double flipRate;
  @Option(names = "--ambiguous-rate", description = "Share of near-tie pairs (default ${bundle:default.synth.ambiguous_rate}).")
  Double ambiguousRate;
  @Option(names = "--output", paramLabel = "FILE", description = "Pairs file (default <lake>/raw/synth.jsonl).")
  String output;

  @Override
  String job() {
    return "synth";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.SYNTH_PAIRS, pairs, ConfigKeys.SYNTH_SEED, seed, ConfigKeys.SYNTH_CANDIDATES, candidates,
        ConfigKeys.SYNTH_FLIP_RATE, flipRate, ConfigKeys.SYNTH_AMBIGUOUS_RATE, ambiguousRate,
        ConfigKeys.SYNTH_OUTPUT, output);
  }

  @Override
  SynthConfig config(Settings settings) {
    return SynthConfig.from(settings);
  }

  @Override
  List<String> run(SparkSession spark, SynthConfig config, RunContext run) {
    SynthSummary summary = SynthJob.run(spark.sparkContext().hadoopConfiguration(), config);
    return List.of(String.format(Locale.ROOT,
        "synth: %,d prompts, %,d candidates, %,d pairs (%,d flipped, %,d ambiguous, %,d test) -> %s",
        summary.prompts(), summary.candidates(), summary.pairs(), summary.flipped(), summary.ambiguous(),
        summary.testPairs(), config.pairsOutput()));
  }
}
