package io.rewardlake.jobs;

import io.rewardlake.schemas.SchemaMismatchException;
import java.util.List;

/** The one place user-facing errors are worded (problem, cause, fix), after Delta's {@code DeltaErrors}. */
public final class Errors {
  private Errors() {}

  public static RewardLakeException noInputMatches(String pattern) {
    return new RewardLakeException("No input file matches '" + pattern + "'.",
        "check the path (relative paths are resolved from the current folder); globs such as data/*.jsonl.gz work.",
        null);
  }

  /** A compressed input that ends early or is not what its name says; {@code lines} were readable before. */
  public static RewardLakeException corruptInput(String file, long lines, Throwable cause) {
    return new RewardLakeException("Cannot read " + file + ": " + cause.getClass().getSimpleName() + ": "
        + cause.getMessage() + (lines > 0 ? " (after " + lines + " readable lines)" : " (at its start)") + ".",
        "the file is truncated or corrupt (an interrupted download or copy?); fetch it again, or leave it out. Nothing"
        + " was written: ingest keeps no part of a damaged file, so the lake is as it was.", cause);
  }

  public static RewardLakeException schemaDrift(String path, SchemaMismatchException e) {
    return new RewardLakeException("The table at " + path + " does not match the '" + e.table()
        + "' contract: " + String.join("; ", e.problems()) + ".",
        "it was written by another tool or an incompatible RewardLake version; point --lake at a new folder or"
            + " move the table away and re-run the stage that writes it.", e);
  }

  public static RewardLakeException notADeltaTable(String path, Throwable cause) {
    return new RewardLakeException("Cannot use " + path + " as a Delta table: " + cause.getMessage(),
        "the folder exists but is not a Delta table written by RewardLake; choose another --lake or remove it.",
        cause);
  }

  /** Another job kept committing to the same table while this one tried to; nothing of this commit was written. */
  public static RewardLakeException concurrentWrites(String table, String path, int attempts, Throwable cause) {
    return new RewardLakeException("Another job wrote table '" + table + "' at " + path + " at the same time, and"
        + " this commit conflicted with it " + attempts + " times (" + cause.getClass().getSimpleName() + ").",
        "nothing of this commit was written; re-run this job once the concurrent writer has finished (label and"
        + " vote resume from what is committed).", cause);
  }

  public static RewardLakeException missingTable(String table, String path, String stage) {
    return new RewardLakeException("Table '" + table + "' does not exist at " + path + ".",
        "run the '" + stage + "' stage first (bin/rewardlake " + stage + " --lake ...), or check --lake.", null);
  }

  public static RewardLakeException missingParquetColumns(List<String> missing, List<String> available) {
    return new RewardLakeException("The Parquet input has no column " + missing + " named in ingest.columns.",
        "map record fields to existing columns with --columns field=column,...; available columns: " + available,
        null);
  }

  /** {@code clean} found no preference strength of the ensemble to act on. */
  public static RewardLakeException noStrength(String ensembleId, String path, String problem) {
    return new RewardLakeException("No preference strength for ensemble '" + ensembleId + "' at " + path + ": "
        + problem + ".",
        "run `rewardlake vote --ensemble " + ensembleId + "` first, or pick the ensemble that voted with"
            + " --ensemble (and check --lake).", null);
  }

  /** {@code clean} was asked to keep one pair per near-duplicate cluster before near-duplicates ran. */
  public static RewardLakeException noNearDuplicates(String kind, String path) {
    return new RewardLakeException("clean.near_duplicates is '" + kind + "' but there is no near_duplicates table at "
        + path + ".", "run `rewardlake near-duplicates --of " + kind + "` first, or set clean.near_duplicates=keep.",
        null);
  }

  /** {@code jury} found fewer than two judges with ok labels among those asked for. */
  public static RewardLakeException juryNeedsJudges(List<String> found, List<String> available) {
    return new RewardLakeException("A jury needs at least two judges with ok labels in ai_labels; found " + found
        + ".", "label the pairs with another judge (rewardlake label --judge http|djl|ensemble ...), or choose among"
        + " the judges present with --judges: " + available + ".", null);
  }

  /** A cleaning policy whose thresholds make no sense once resolved on this corpus. */
  public static RewardLakeException policyDoesNotFit(String policyId, String ensembleId, String problem) {
    return new RewardLakeException("Cleaning policy '" + policyId + "' does not fit the strength of ensemble '"
        + ensembleId + "': " + problem + ".",
        "adjust the policy: quantile thresholds (\"q0.15\") follow the corpus, absolute ones must be on the scale"
            + " of this ensemble's strength_mean (`rewardlake clean --show-policy secrets-ii` is an example).", null);
  }

  public static RewardLakeException noRowsInSplit(String split, List<String> splits) {
    return new RewardLakeException("pairs_clean has no pair to export in split '" + split + "'.",
        "choose one of " + splits + " with --split, leave --split out to export every split, or add"
            + " --include-dropped if the split's pairs were all dropped.", null);
  }

  public static RewardLakeException splitFileClash(List<String> splits, String fileName) {
    return new RewardLakeException("Splits " + splits + " would all be written to " + fileName + ".",
        "their names differ only in characters that are not safe in file names; export them one at a time with"
            + " --split and a different --output each.", null);
  }

  public static RewardLakeException notAnExportFolder(String path) {
    return new RewardLakeException("The output folder " + path + " exists, is not empty and was not written by"
        + " export (it has no manifest.json), so export will not replace it.",
        "choose a new or empty folder with --output, or remove this one.", null);
  }

  public static RewardLakeException cannotWrite(String what, String path, Throwable cause) {
    return new RewardLakeException("Cannot write " + what + " to " + path + ": " + cause.getMessage(),
        "check that the folder is writable and the disk has space.", cause);
  }

  public static RewardLakeException unknownEnsemble(String ensembleId, String modelsPath, List<String> known) {
    return new RewardLakeException("No ensemble '" + ensembleId + "' in " + modelsPath + "; known ensembles: " + known
        + ".", "train it first (bin/rewardlake train --ensemble " + ensembleId + "), choose a known one, or pass an"
        + " ensemble directory.", null);
  }

  public static RewardLakeException unreadableEnsemble(String directory, Throwable cause) {
    return new RewardLakeException("Cannot read the ensemble at " + directory + ": " + cause.getMessage(),
        "point at a directory written by 'rewardlake train' (it holds ensemble.json).", cause);
  }

  public static RewardLakeException cannotVote(String ensembleId, String reason) {
    return new RewardLakeException("Ensemble '" + ensembleId + "' cannot vote this way: " + reason,
        "change --mode, or re-train the ensemble with --scheme kfold or bootstrap.", null);
  }

  public static RewardLakeException missingSampleColumns(String path, List<String> columns) {
    return new RewardLakeException("The samples at " + path + " have no 'prompt' and 'response' columns; columns: "
        + columns + ".", "give reward.input a JSONL or Parquet file of (prompt, response) samples, e.g. the synthetic"
        + " candidates (<lake>/raw/synth_candidates.jsonl).", null);
  }

  /** {@code label} judged pairs but more of them failed than {@code label.max_failure_rate} allows. */
  public static RewardLakeException tooManyJudgeFailures(long failed, long judged, double maxRate,
      java.util.Map<String, Long> byStatus, String lastError) {
    return new RewardLakeException(String.format(java.util.Locale.ROOT, "%,d of %,d pairs (%.1f%%) failed to be"
        + " judged, above label.max_failure_rate %.1f%%; by status: %s. An error: %s", failed, judged,
        100.0 * failed / Math.max(1, judged), 100 * maxRate, byStatus, lastError),
        "the rows are in ai_labels with their status and error. Fix the cause (endpoint, model, key, rate limit),"
            + " then re-run the same command: pairs already judged ok are skipped, failed ones are retried.", null);
  }

  /** {@code label.judge=djl} pointed at a directory without a causal LM judge's {@code model.json}. */
  public static io.rewardlake.jobs.config.ConfigException notAJudgeModel(String directory, String problem) {
    return new io.rewardlake.jobs.config.ConfigException("judge.model_dir " + directory + " is not a DJL judge"
        + " model: " + problem + ". Fix: point --judge-model (judge.model_dir) at a directory holding the exported"
        + " causal LM, its tokenizer.json and a model.json with \"family\": \"djl-lm\" (docs/jobs/label.md, 'Judge"
        + " with a local model (DJL)'); reward models (family djl) are ensemble members, not judges.");
  }

  /** A MetaRM objective was chosen without the shifted samples its meta step needs. */
  public static io.rewardlake.jobs.config.ConfigException metarmWithoutSamples(String objective) {
    return new io.rewardlake.jobs.config.ConfigException("train.objective=" + objective + " needs unlabelled"
        + " responses from the shifted distribution, and train.metarm_samples is not set. Fix: --set"
        + " train.metarm_samples=FILE (JSONL or Parquet with prompt, response and optional prompt_id; several"
        + " responses per prompt), e.g. the file `rewardlake synth --set synth.shifted_pairs=2000` writes:"
        + " <lake>/raw/synth_shifted_samples.jsonl.");
  }

  public static RewardLakeException missingSamples(String path) {
    return new RewardLakeException("The MetaRM samples " + path + " do not exist.",
        "point train.metarm_samples at a JSONL or Parquet file of (prompt, response) samples; `rewardlake synth"
            + " --set synth.shifted_pairs=2000` writes <lake>/raw/synth_shifted_samples.jsonl.", null);
  }

  /** {@code bench-djl}: the batched and the one-row path gave different rewards, so their speeds are not comparable. */
  public static RewardLakeException benchPathsDisagree(String agreement) {
    return new RewardLakeException("The vote path and the row UDF scored the same pairs differently: " + agreement
        + ".", "batching must not change a reward; check the model's attention-mask handling (padding must not"
        + " change a sequence's score) and its output shape, e.g. with --batch-size 1, which removes padding.", null);
  }

  /** {@code bench-embed}: the Spark path and the single-thread floor embedded the same texts differently. */
  public static RewardLakeException embedPathsDisagree(String agreement) {
    return new RewardLakeException("The Spark embedding path and the single-thread loop embedded the same texts"
        + " differently: " + agreement + ".", "a quantized backbone run with batch_size above 1 gives vectors that"
        + " depend on the other texts of a call; measure with --batch-size 1 (the shipped setting), or use a"
        + " float32 export for batched calls.", null);
  }

  public static RewardLakeException unreadableBackbone(String location, Throwable cause) {
    return new RewardLakeException("Cannot read the backbone in " + location + ": " + cause.getMessage(),
        "a backbone is a folder with model.onnx, tokenizer.json and a model.json of family djl-encoder; the shipped"
            + " ones (minilm, e5, bge) are unpacked into models/ by the build (mvn -B -DskipTests package).", cause);
  }

  public static RewardLakeException encoderHiddenHeads(int backbones, String objective) {
    return new RewardLakeException("Hidden-layer encoder heads are trained over one backbone with objective bt or"
        + " contrastive; got " + backbones + " backbone(s) and objective '" + objective + "'.",
        "train one hidden-layer ensemble per backbone and join them with 'assemble', or use linear heads"
            + " (train.hidden_units 0) over several backbones; MetaRM's shifted samples exist only for the built-in"
            + " family.", null);
  }



  /** A benchmark file for {@code decontaminate} that cannot be read as prompts. */
  public static RewardLakeException badBenchmark(String file, String problem) {
    return new RewardLakeException("Cannot read benchmark prompts from " + file + ": " + problem + ".",
        "give JSON lines (.jsonl, .json, .ndjson) with a prompt, instruction, question or turns field, Parquet with"
        + " such a column, or text (.txt) with one prompt per line; gzip works; name it NAME=PATH to choose the name"
        + " its pairs are dropped under.", null);
  }
}
