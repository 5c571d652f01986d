package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.dedupe.NearDuplicatesConfig;
import io.rewardlake.jobs.dedupe.NearDuplicatesJob;
import io.rewardlake.jobs.lake.RunContext;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "near-duplicates", mixinStandardHelpOptions = true,
    description = {"Cluster the pairs whose prompt (or whole pair) is the same or nearly the same into the",
        "'near_duplicates' table: MinHash LSH over word shingles finds candidates, their Jaccard similarity confirms",
        "them, connected components make clusters, and each cluster names the pair to keep (most annotations, then",
        "agreement). clean --set clean.near_duplicates=prompt (or pair) keeps one pair per cluster. Each run",
        "replaces the table's rows of its kind."},
    footer = {"", "Examples:",
        "  rewardlake near-duplicates                       # prompts, Jaccard >= 0.8 over 3-word shingles",
        "  rewardlake near-duplicates --of pair --threshold 0.9",
        "  rewardlake near-duplicates && rewardlake clean --set clean.near_duplicates=prompt"})
final class NearDuplicatesCommand extends JobCommand<NearDuplicatesConfig> {
  @Option(names = "--of", paramLabel = "prompt|pair",
      description = "Compare prompts, or whole pairs (default ${bundle:default.near_duplicates.of}).")
  String of;
  @Option(names = "--threshold", paramLabel = "JACCARD",
      description = "Similarity at or above which texts are near duplicates (default "
          + "${bundle:default.near_duplicates.threshold}).")
  Double threshold;
  @Option(names = "--shingle", paramLabel = "WORDS",
      description = "Words per shingle (default ${bundle:default.near_duplicates.shingle}).")
  Integer shingle;

  @Override
  String job() {
    return "near-duplicates";
  }

  @Override
  Map<String, String> options() {
    return given(ConfigKeys.NEAR_DUPLICATES_OF, of, ConfigKeys.NEAR_DUPLICATES_THRESHOLD, threshold,
        ConfigKeys.NEAR_DUPLICATES_SHINGLE, shingle);
  }

  @Override
  NearDuplicatesConfig config(Settings settings) {
    return NearDuplicatesConfig.from(settings);
  }

  @Override
  List<String> run(SparkSession spark, NearDuplicatesConfig config, RunContext run) {
    return NearDuplicatesJob.run(spark, config, run).lines();
  }
}
