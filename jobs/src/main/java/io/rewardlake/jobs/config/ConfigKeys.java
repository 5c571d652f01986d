package io.rewardlake.jobs.config;

import io.rewardlake.core.export.ExportFormat;
import io.rewardlake.core.export.ExportStyle;
import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.http.OpenAiEndpoint;
import io.rewardlake.core.repr.Objective;
import io.rewardlake.core.train.SubsetScheme;
import io.rewardlake.core.vote.VoteMode;
import io.rewardlake.jobs.lake.ShardCount;
import java.util.List;

/** Every configuration key RewardLake understands, with its default and help. YAML sections mirror the prefixes. */
public final class ConfigKeys {
  public static final List<String> STAGES = List.of("synth", "ingest", "train", "vote", "label", "clean",
      "retrain", "evaluate", "reward");
  /** The default stages and the ones a pipeline adds by naming them (they need inputs or answer a question). */
  public static final List<String> ALL_STAGES = List.of("synth", "ingest", "decontaminate", "near-duplicates",
      "train", "vote", "label", "length-bias", "clean", "retrain", "evaluate", "reward");
  public static final List<String> TRAIN_INPUTS = List.of("pairs", "pairs_clean", "pairs_ai");
  public static final List<String> SUBSET_SCHEMES = SubsetScheme.ids();
  public static final List<String> INGEST_FORMATS = List.of("jsonl", "hh-rlhf", "parquet");
  public static final List<String> LABEL_SOURCES = List.of("human", "ai", "synthetic");
  public static final List<String> VOTE_MODES = VoteMode.ids();
  public static final List<String> WRITE_MODES = List.of("merge", "overwrite");
  public static final List<String> EXPORT_FORMATS = ExportFormat.ids();
  public static final List<String> EXPORT_STYLES = ExportStyle.ids();
  public static final String AUTO_STYLE = "auto";
  public static final List<String> EXPORT_STYLE_CHOICES = java.util.stream.Stream.concat(EXPORT_STYLES.stream(),
      java.util.stream.Stream.of(AUTO_STYLE)).toList();
  public static final List<String> LABEL_JUDGES = List.of("ensemble", "http", "djl");
  public static final List<String> TRAIN_FAMILIES = List.of("builtin", "encoder");

  public static final ConfigKey<String> LAKE = new ConfigKey<>("lake", "./lakehouse", Parsers.text(),
      "root folder of the Delta tables (any Hadoop-compatible path)");

  public static final ConfigKey<List<String>> PIPELINE_STAGES = new ConfigKey<>("pipeline.stages", STAGES,
      Parsers.list(ALL_STAGES), "stages the pipeline runs, in this order whatever the order given; decontaminate"
      + " (needs decontaminate.benchmarks), near-duplicates and length-bias run only when listed");

  public static final ConfigKey<Long> SYNTH_SEED = new ConfigKey<>("synth.seed", 42L, Parsers.anyLong(),
      "random seed; the same seed gives the same corpus byte for byte");
  public static final ConfigKey<Integer> SYNTH_PAIRS = new ConfigKey<>("synth.pairs", 20_000, Parsers.intAtLeast(1),
      "number of preference pairs");
  public static final ConfigKey<Integer> SYNTH_CANDIDATES = new ConfigKey<>("synth.candidates_per_prompt", 4,
      Parsers.intAtLeast(2), "candidate responses generated per prompt");
  public static final ConfigKey<Double> SYNTH_FLIP_RATE = new ConfigKey<>("synth.flip_rate", 0.2,
      Parsers.doubleIn(0, 1), "share of non-ambiguous pairs whose label is deliberately flipped");
  public static final ConfigKey<Double> SYNTH_AMBIGUOUS_RATE = new ConfigKey<>("synth.ambiguous_rate", 0.15,
      Parsers.doubleIn(0, 1), "share of pairs that are near-ties labelled by a coin");
  public static final ConfigKey<Double> SYNTH_SHARPNESS = new ConfigKey<>("synth.preference_sharpness", 4.0,
      Parsers.doubleIn(1e-6, 1e6), "Bradley-Terry scale: P(i over j) = sigmoid(sharpness * (q_i - q_j))");
  public static final ConfigKey<Double> SYNTH_TEST_FRACTION = new ConfigKey<>("synth.test_fraction", 0.1,
      Parsers.doubleIn(0, 0.99), "share of prompts in the test split");
  public static final ConfigKey<String> SYNTH_OUTPUT = new ConfigKey<>("synth.output", "", Parsers.text(),
      "pairs file to write (default <lake>/raw/synth.jsonl; candidates go beside it)");

  public static final ConfigKey<String> INGEST_FORMAT = new ConfigKey<>("ingest.format", "jsonl",
      Parsers.choice(INGEST_FORMATS), "input format: jsonl (generic records), hh-rlhf, parquet");
  public static final ConfigKey<List<String>> INGEST_INPUT = new ConfigKey<>("ingest.input", List.of(),
      Parsers.list(List.of()), "input files, folders or globs (comma-separated); .gz is read transparently");
  public static final ConfigKey<String> INGEST_SOURCE = new ConfigKey<>("ingest.source", "", Parsers.text(),
      "source name for records without one (default: derived from the first input path)");
  public static final ConfigKey<String> INGEST_SPLIT = new ConfigKey<>("ingest.split", "", Parsers.text(),
      "split for records without one (default: train/test/validation if the file name says so, else train)");
  public static final ConfigKey<Double> INGEST_TEST_FRACTION = new ConfigKey<>("ingest.test_fraction", 0.0,
      Parsers.doubleIn(0, 0.99), "share of prompts held out as split 'test' for records without a split (by a seeded"
      + " hash of the prompt, so a prompt's pairs stay together); 0: off");
  public static final ConfigKey<Long> INGEST_SEED = new ConfigKey<>("ingest.seed", 42L, Parsers.anyLong(),
      "seed of the held-out prompts (ingest.test_fraction)");
  public static final ConfigKey<String> INGEST_LABEL_SOURCE = new ConfigKey<>("ingest.label_source", "human",
      Parsers.choice(LABEL_SOURCES), "label_source of labelled records");
  public static final ConfigKey<String> INGEST_COLUMNS = new ConfigKey<>("ingest.columns", "", Parsers.text(),
      "parquet only: field=column pairs mapping record fields to Parquet columns, e.g. prompt=question,chosen=good");
  public static final ConfigKey<Integer> INGEST_MAX_TEXT_CHARS = new ConfigKey<>("ingest.max_text_chars", 100_000,
      Parsers.intAtLeast(1), "longest prompt or response accepted; longer records are rejected as OVERSIZE_TEXT");
  public static final ConfigKey<Integer> INGEST_PARTITIONS = new ConfigKey<>("ingest.partitions", 0,
      Parsers.intAtLeast(0), "files the pairs are sharded into by pair_id hash (0: by ingest.pairs_per_shard)");
  public static final ConfigKey<Integer> INGEST_PAIRS_PER_SHARD = new ConfigKey<>("ingest.pairs_per_shard",
      ShardCount.DEFAULT_PAIRS_PER_SHARD,
      Parsers.intAtLeast(1), "with ingest.partitions 0: about this many pairs per file, in whole waves of the"
      + " cluster's parallelism (at least one file per core), so later stages keep every core busy");
  public static final ConfigKey<String> INGEST_MODE = new ConfigKey<>("ingest.mode", "merge",
      Parsers.choice(WRITE_MODES), "merge: add pairs not yet in the lake; overwrite: replace pairs and rejects");

  public static final ConfigKey<String> TRAIN_INPUT = new ConfigKey<>("train.input", "pairs",
      Parsers.choice(TRAIN_INPUTS), "table to train on: pairs (label_p), pairs_clean (target_p, margin, weight) or pairs_ai (AI soft labels from"
      + " label --distill)");
  public static final ConfigKey<String> TRAIN_ENSEMBLE = new ConfigKey<>("train.ensemble", "main",
      Parsers.identifier(), "ensemble id; re-training an id replaces its rows in 'models' (old runs stay on disk)");
  public static final ConfigKey<Integer> TRAIN_MEMBERS = new ConfigKey<>("train.members", 10, Parsers.intAtLeast(1),
      "ensemble size M");
  public static final ConfigKey<String> TRAIN_SCHEME = new ConfigKey<>("train.scheme", "kfold",
      Parsers.choice(SUBSET_SCHEMES), "member subsets: kfold (repeats x folds = members), bootstrap, all (M = 1)");
  public static final ConfigKey<Integer> TRAIN_FOLDS = new ConfigKey<>("train.folds", 5, Parsers.intAtLeast(2),
      "K of kfold; members must be a multiple of it (members / folds = repeats)");
  public static final ConfigKey<Long> TRAIN_SEED = new ConfigKey<>("train.seed", 42L, Parsers.anyLong(),
      "seed of the subset hash rule");
  public static final ConfigKey<List<String>> TRAIN_SPLITS = new ConfigKey<>("train.splits", List.of("train"),
      Parsers.list(List.of()), "splits trained on (comma-separated); pairs of other splits are test data");
  public static final ConfigKey<Double> TRAIN_L2 = new ConfigKey<>("train.l2", 1e-3, Parsers.doubleIn(0, 1e3),
      "L2 penalty (lambda/2)|w|^2 per member");
  public static final ConfigKey<Double> TRAIN_LABEL_SMOOTHING = new ConfigKey<>("train.label_smoothing", 0.0,
      Parsers.doubleIn(0, 0.5), "epsilon: targets p become p(1 - epsilon) + (1 - p) epsilon");
  public static final ConfigKey<Integer> TRAIN_MAX_ITERATIONS = new ConfigKey<>("train.max_iterations", 100,
      Parsers.intAtLeast(1), "L-BFGS iterations at most (one pass over the pairs each)");
  public static final ConfigKey<Double> TRAIN_TOLERANCE = new ConfigKey<>("train.tolerance", 1e-6,
      Parsers.doubleIn(1e-15, 1), "L-BFGS relative convergence tolerance");
  public static final ConfigKey<String> TRAIN_WARM_START = new ConfigKey<>("train.warm_start", "", Parsers.text(),
      "built-in family: start the optimiser from an earlier ensemble's weights (an id in 'models' or a directory;"
          + " empty: from zero); one with other features or members, or none yet, starts from zero and says why");
  public static final ConfigKey<Integer> TRAIN_HASH_BITS = new ConfigKey<>("train.hash_bits", 18,
      Parsers.intIn(10, 24), "feature space of 2^bits hashed slots per member");
  public static final ConfigKey<Integer> TRAIN_MAX_NGRAM = new ConfigKey<>("train.max_ngram", 2, Parsers.intIn(1, 3),
      "longest word n-gram of the response");
  public static final ConfigKey<Integer> TRAIN_CROSS_KEYWORDS = new ConfigKey<>("train.cross_keywords", 3,
      Parsers.intIn(0, 8), "prompt keywords crossed with response words (0: none)");
  public static final ConfigKey<Integer> TRAIN_PARTITIONS = new ConfigKey<>("train.partitions", 0,
      Parsers.intAtLeast(0), "partitions of the cached features (0: about 50,000 pairs each, in whole waves of the cores)");
  public static final ConfigKey<String> TRAIN_STORE = new ConfigKey<>("train.store", "", Parsers.text(),
      "model store folder (default <lake>/ensembles)");
  public static final ConfigKey<String> TRAIN_FAMILY = new ConfigKey<>("train.family", "builtin",
      Parsers.choice(TRAIN_FAMILIES), "builtin: hashed n-gram members; encoder: heads over frozen sentence-encoder"
      + " embeddings (train.backbones), cached in the embeddings table");
  public static final ConfigKey<List<String>> TRAIN_BACKBONES = new ConfigKey<>("train.backbones", List.of("e5"),
      Parsers.list(List.of()), "encoder family: backbone directories, or names of those the build unpacks into"
      + " <RewardLake home>/models (minilm, e5, bge); members are spread over them round-robin");
  public static final ConfigKey<Double> TRAIN_ENCODER_L2 = new ConfigKey<>("train.encoder_l2", 1e-5,
      Parsers.doubleIn(0, 1e3), "encoder family: L2 penalty (lambda/2)|w|^2 of linear heads, in place of train.l2"
      + " (their inputs are dense unit-length embeddings, not sparse counts; 1e-5 had the best held-out log-loss of"
      + " 1e-3..1e-6 on AlpacaEval)");
  public static final ConfigKey<Integer> EMBED_BATCH_SIZE = new ConfigKey<>("embed.batch_size", 256,
      Parsers.intAtLeast(1), "texts an executor task embeds per batch (calls inside are cut by the backbone's"
      + " batch_size and max_batch_tokens)");

  // Representation-based training: a hidden layer, contrastive learning and MetaRM.
  public static final List<String> TRAIN_OBJECTIVES = Objective.ids();
  public static final ConfigKey<String> TRAIN_OBJECTIVE = new ConfigKey<>("train.objective", "bt",
      Parsers.choice(TRAIN_OBJECTIVES), "bt (Bradley-Terry), contrastive (+ SimCSE-style InfoNCE on the pair's"
      + " representation), metarm (+ MetaRM meta step on train.metarm_samples), contrastive+metarm");
  public static final ConfigKey<Integer> TRAIN_HIDDEN_UNITS = new ConfigKey<>("train.hidden_units", 0,
      Parsers.intIn(0, 512), "hidden units of the representation model; 0: the linear family for bt, 16 for the"
      + " other objectives; > 0 trains the hidden-layer family (builtin-mlp) with any objective");
  public static final ConfigKey<Double> TRAIN_LEARNING_RATE = new ConfigKey<>("train.learning_rate", 0.01,
      Parsers.doubleIn(1e-9, 10), "hidden-layer family: Adam step size (train.max_iterations = Adam steps)");
  public static final ConfigKey<Double> TRAIN_CONTRASTIVE_WEIGHT = new ConfigKey<>("train.contrastive_weight", 0.1,
      Parsers.doubleIn(0, 1e3), "weight of the InfoNCE term relative to the pair loss");
  public static final ConfigKey<Double> TRAIN_CONTRASTIVE_TEMPERATURE = new ConfigKey<>(
      "train.contrastive_temperature", 0.1, Parsers.doubleIn(1e-4, 100), "InfoNCE temperature");
  public static final ConfigKey<Double> TRAIN_FEATURE_DROPOUT = new ConfigKey<>("train.feature_dropout", 0.1,
      Parsers.doubleIn(0, 0.9), "feature dropout of each of the two contrastive views");
  public static final ConfigKey<Integer> TRAIN_CONTRASTIVE_BATCH = new ConfigKey<>("train.contrastive_batch", 64,
      Parsers.intIn(2, 4096), "pairs per contrastive batch: each pair's in-batch negatives");
  public static final ConfigKey<String> TRAIN_METARM_SAMPLES = new ConfigKey<>("train.metarm_samples", "",
      Parsers.text(), "metarm: unlabelled (prompt, response) samples of the shifted distribution, JSONL or Parquet"
      + " with prompt, response and optional prompt_id (e.g. <lake>/raw/synth_shifted_samples.jsonl)");
  public static final ConfigKey<Double> TRAIN_METARM_INNER_STEP = new ConfigKey<>("train.metarm_inner_step", 1.0,
      Parsers.doubleIn(0, 1e6), "metarm: alpha of the gradient-ascent step on the difference loss");
  public static final ConfigKey<Double> TRAIN_METARM_MIX = new ConfigKey<>("train.metarm_mix", 1.0,
      Parsers.doubleIn(0, 1), "metarm: weight of the gradient at the stepped parameters (1: MetaRM; 0: plain)");
  public static final ConfigKey<Integer> SYNTH_SHIFTED_PAIRS = new ConfigKey<>("synth.shifted_pairs", 0,
      Parsers.intAtLeast(0), "also write this many pairs of a shifted response style (synth_shifted.jsonl, split"
      + " 'shifted') and unlabelled samples of other shifted prompts (synth_shifted_samples.jsonl); 0: none");

  public static final ConfigKey<String> VOTE_ENSEMBLE = new ConfigKey<>("vote.ensemble", "main", Parsers.text(),
      "ensemble that votes: an id in 'models' (its latest run) or an ensemble directory holding ensemble.json");
  public static final ConfigKey<String> VOTE_MODE = new ConfigKey<>("vote.mode", "oof", Parsers.choice(VOTE_MODES),
      "oof: only members that did not train on a pair vote; all: every member (in-sample, as in the paper)");
  public static final ConfigKey<Integer> VOTE_BATCH_SIZE = new ConfigKey<>("vote.batch_size", 256,
      Parsers.intIn(1, 1 << 20), "pairs scored per batch on an executor");
  public static final ConfigKey<Integer> VOTE_PARTITIONS = new ConfigKey<>("vote.partitions", 0,
      Parsers.intAtLeast(0), "partitions the pairs are voted in (0: as stored)");

  public static final ConfigKey<String> RETRAIN_ENSEMBLE = new ConfigKey<>("retrain.ensemble", "cleaned",
      Parsers.identifier(), "ensemble the retrain stage trains on pairs_clean (other settings: train.*)");

  public static final ConfigKey<Boolean> EVALUATE_ORACLE = new ConfigKey<>("evaluate.oracle", true, Parsers.bool(),
      "train an ensemble on the oracle-clean corpus (needs synthetic ground truth) to bound what cleaning can gain");
  public static final ConfigKey<String> EVALUATE_ORACLE_ENSEMBLE = new ConfigKey<>("evaluate.oracle_ensemble",
      "oracle", Parsers.identifier(), "ensemble id of the oracle ensemble");
  public static final ConfigKey<Double> EVALUATE_INJECT_FLIPS = new ConfigKey<>("evaluate.inject_flips", 0.0,
      Parsers.doubleIn(0, 0.5), "share of decided training labels the injected-noise audit flips (0 = no audit)");
  public static final ConfigKey<Long> EVALUATE_SEED = new ConfigKey<>("evaluate.seed", 7L, Parsers.anyLong(),
      "seed of the audit's flip injection and of the bootstrap");
  public static final ConfigKey<String> EVALUATE_AUDIT_LAKE = new ConfigKey<>("evaluate.audit_lake", "",
      Parsers.text(), "lake the audit writes its copy into (empty: <lake>/audit/flips-<share>-seed-<seed>)");
  public static final ConfigKey<String> EVALUATE_SECOND_OPINION = new ConfigKey<>("evaluate.second_opinion", "auto",
      Parsers.text(), "second label the strength deciles are checked against: auto, truth, annotators, label, ai,"
      + " ai:JUDGE_ID, meta:KEY or none");
  public static final ConfigKey<Boolean> EVALUATE_ABLATION = new ConfigKey<>("evaluate.ablation", false,
      Parsers.bool(), "train on all pairs, without the weakest 10/20/30% and on each cleaning preset, and compare them"
      + " on the held-out pairs (in a scratch lake)");
  public static final ConfigKey<String> LENGTH_BIAS_BY = new ConfigKey<>("length_bias.by", "source",
      Parsers.text(), "how length-bias figures are broken down besides 'all': source, split or meta:KEY (e.g."
      + " meta:generator_b)");
  public static final ConfigKey<List<String>> LENGTH_BIAS_ENSEMBLES = new ConfigKey<>("length_bias.ensembles",
      List.of(), Parsers.list(List.of()), "ensembles (or juries) of strength whose length preference is measured,"
      + " comma-separated (default: every one with strength rows)");
  public static final ConfigKey<Integer> EVALUATE_BOOTSTRAP = new ConfigKey<>("evaluate.bootstrap", 1000,
      Parsers.intAtLeast(100), "bootstrap resamples behind every confidence interval evaluate prints");

  public static final ConfigKey<String> CLEAN_ENSEMBLE = new ConfigKey<>("clean.ensemble", "main",
      Parsers.identifier(), "ensemble whose strength rows (written by vote) the policy acts on");
  public static final ConfigKey<String> CLEAN_POLICY = new ConfigKey<>("clean.policy", "secrets-ii",
      Parsers.text(), "cleaning policy: a preset (secrets-ii, conservative, flip-only, none) or a policy YAML file");
  public static final ConfigKey<String> CLEAN_VOTE_CHECK = new ConfigKey<>("clean.vote_check", "refuse",
      Parsers.choice(List.of("refuse", "warn", "off")), "when the vote agrees with the labels no better than a trivial"
      + " baseline (length-only, majority side) by clean.min_vote_edge: refuse to flip, only warn, or do not check");
  public static final ConfigKey<Boolean> CLEAN_LENGTH_DEBIAS = new ConfigKey<>("clean.length_debias", false,
      Parsers.bool(), "clean on length-debiased strength: the strength minus its least-squares fit on the log length"
      + " ratio of chosen to rejected (fitted on the voted pairs), i.e. the strength expected at equal lengths");
  public static final ConfigKey<String> CLEAN_NEAR_DUPLICATES = new ConfigKey<>("clean.near_duplicates", "keep",
      Parsers.choice(List.of("keep", "prompt", "pair")), "keep every near duplicate, or keep one pair per cluster of"
      + " the near_duplicates table's prompt or pair clusters (the others are dropped as near_duplicate:OF:CLUSTER)");
  public static final ConfigKey<Double> CLEAN_MIN_VOTE_EDGE = new ConfigKey<>("clean.min_vote_edge", 0.05,
      Parsers.doubleIn(0, 1), "how much better than the best trivial baseline the vote's agreement with the labels"
      + " must be before clean flips labels");

  public static final ConfigKey<String> EXPORT_FORMAT = new ConfigKey<>("export.format", "trl",
      Parsers.choice(EXPORT_FORMATS), "trl (prompt, chosen, rejected, margin), openrlhf (chosen and rejected holding"
      + " the prompt, margin), jsonl or parquet (RewardLake's full row)");
  public static final ConfigKey<String> EXPORT_STYLE = new ConfigKey<>("export.style", "auto",
      Parsers.choice(EXPORT_STYLE_CHOICES), "trl and openrlhf: text (HH-style transcripts), conversational (lists of"
      + " {role, content} messages for chat templates) or auto (text when most prompts are HH transcripts)");
  public static final ConfigKey<String> EXPORT_TIES = new ConfigKey<>("export.ties", "drop",
      Parsers.choice(List.of("drop", "keep")), "trl and openrlhf: pairs with target_p 0.5 are dropped (counted) or"
      + " exported, where the trainer learns them as preferences");
  public static final ConfigKey<String> EXPORT_MARGINS = new ConfigKey<>("export.margins", "standardized",
      Parsers.choice(List.of("standardized", "raw", "none")), "trl and openrlhf: margins divided by the standard"
      + " deviation of the ensemble's strength (standardized), in its reward units (raw), or 0 (none)");
  public static final ConfigKey<String> EXPORT_OUTPUT = new ConfigKey<>("export.output", "", Parsers.text(),
      "output folder (default <lake>/export/<format>); every run replaces it as a whole");
  public static final ConfigKey<Boolean> EXPORT_INCLUDE_DROPPED = new ConfigKey<>("export.include_dropped", false,
      Parsers.bool(), "also export pairs cleaning dropped (weight 0); TRL and OpenRLHF would train on them");
  public static final ConfigKey<Boolean> EXPORT_LENGTH_BALANCE = new ConfigKey<>("export.length_balance", false,
      Parsers.bool(), "in every split, subsample the pairs whose preferred response is the longer (or the shorter,"
      + " whichever are more) so that each side is half of the pairs of unequal length");
  public static final ConfigKey<String> EXPORT_SPLIT = new ConfigKey<>("export.split", "", Parsers.text(),
      "export only this split (default: every split, one file each)");

  public static final ConfigKey<String> REWARD_ENSEMBLE = new ConfigKey<>("reward.ensemble", "main", Parsers.text(),
      "ensemble that scores: an id in 'models' or an ensemble directory");
  public static final ConfigKey<Double> REWARD_LAMBDA = new ConfigKey<>("reward.lambda", 1.0,
      Parsers.doubleIn(0, 100), "lambda of the conservative reward mean - lambda * std (0: the mean)");
  public static final ConfigKey<String> REWARD_INPUT = new ConfigKey<>("reward.input", "", Parsers.text(),
      "(prompt, response) samples: JSONL or Parquet with prompt, response and optional sample_id (or candidate_id),"
          + " prompt_id, quality (default <lake>/raw/synth_candidates.jsonl)");
  public static final ConfigKey<String> REWARD_GOLD = new ConfigKey<>("reward.gold", "quality", Parsers.text(),
      "column of the samples holding a gold score the ensemble never saw; best-of-N is measured against it");
  public static final ConfigKey<String> REWARD_GOLD_TABLE = new ConfigKey<>("reward.gold_table", "", Parsers.text(),
      "gold scores kept apart from the samples: JSONL, Parquet or a Delta table with sample_id (or prompt and"
          + " response) and the reward.gold column, joined to the samples by sample id");
  public static final ConfigKey<Integer> REWARD_BATCH_SIZE = new ConfigKey<>("reward.batch_size", 256,
      Parsers.intIn(1, 1 << 20), "samples scored per batch on an executor");

  public static final ConfigKey<String> LABEL_JUDGE = new ConfigKey<>("label.judge", "ensemble",
      Parsers.choice(LABEL_JUDGES), "ensemble (the built-in reward models, offline), http (an OpenAI-compatible"
      + " endpoint: judge.*) or djl (a local causal LM on the executors: judge.model_dir)");
  public static final ConfigKey<String> LABEL_ENSEMBLE = new ConfigKey<>("label.ensemble", "main", Parsers.text(),
      "the ensemble judge's ensemble: an id in 'models' or an ensemble directory");
  public static final ConfigKey<String> LABEL_TEMPLATE = new ConfigKey<>("label.template", "helpfulness",
      Parsers.text(), "LLM judges' prompt: a preset (helpfulness, harmlessness, summarization) or a template YAML file");
  public static final ConfigKey<String> LABEL_MODE = new ConfigKey<>("label.mode", "pairwise",
      Parsers.choice(JudgeMode.ids()), "pairwise (both orders, 2 calls per pair), cot (rationale first, 4 calls) or"
      + " direct (1-10 score of each response, 2 calls)");
  public static final ConfigKey<String> LABEL_SPLIT = new ConfigKey<>("label.split", "", Parsers.text(),
      "label only this split (default: every pair)");
  public static final ConfigKey<Integer> LABEL_LIMIT = new ConfigKey<>("label.limit", 0, Parsers.intAtLeast(0),
      "label at most this many pairs, the same ones every run (0: all)");
  public static final ConfigKey<Integer> LABEL_BATCH_PAIRS = new ConfigKey<>("label.batch_pairs", 20_000,
      Parsers.intAtLeast(1), "pairs per committed micro-batch: a killed run loses at most one batch's work");
  public static final ConfigKey<Integer> LABEL_PARTITIONS = new ConfigKey<>("label.partitions", 0,
      Parsers.intAtLeast(0), "partitions a micro-batch is judged in (0: Spark's default parallelism)");
  public static final ConfigKey<Double> LABEL_MAX_FAILURE_RATE = new ConfigKey<>("label.max_failure_rate", 0.05,
      Parsers.doubleIn(0, 1), "exit with an error when more than this share of the pairs judged fail");
  public static final ConfigKey<Boolean> LABEL_DISTILL = new ConfigKey<>("label.distill", false, Parsers.bool(),
      "also write the soft labels into the pairs_ai table (train --input pairs_ai fits a reward model on them)");
  public static final ConfigKey<Boolean> LABEL_EVALUATE = new ConfigKey<>("label.evaluate", false, Parsers.bool(),
      "print the AI labeller's alignment with the pairs' own labels, position consistency and one order vs both");
  public static final ConfigKey<Boolean> LABEL_DRY_RUN = new ConfigKey<>("label.dry_run", false, Parsers.bool(),
      "estimate the requests, tokens and cost of judging the selected pairs, and stop without calling the judge");
  public static final ConfigKey<Long> LABEL_BUDGET_TOKENS = new ConfigKey<>("label.budget_tokens", 0L,
      Parsers.longAtLeast(0), "stop cleanly before this run's billed tokens would pass this; a re-run goes on (0: no"
      + " limit)");
  public static final ConfigKey<Double> LABEL_BUDGET_COST = new ConfigKey<>("label.budget_cost", 0.0,
      Parsers.doubleIn(0, 1e12), "as label.budget_tokens, in the currency of judge.price_*_per_1k (0: no limit)");

  public static final ConfigKey<List<String>> DECONTAMINATE_BENCHMARKS = new ConfigKey<>("decontaminate.benchmarks",
      List.of(), Parsers.list(List.of()), "benchmark prompt files (JSONL, Parquet or text; NAME=PATH names one),"
      + " comma-separated; pairs whose prompt shares an n-gram with one are dropped by clean as contaminated:NAME");
  public static final ConfigKey<Integer> DECONTAMINATE_NGRAM = new ConfigKey<>("decontaminate.ngram", 13,
      Parsers.intIn(1, 1000), "n-gram length in words a prompt must share with a benchmark prompt to count as"
      + " contaminated");

  public static final ConfigKey<String> NEAR_DUPLICATES_OF = new ConfigKey<>("near_duplicates.of", "prompt",
      Parsers.choice(List.of("prompt", "pair")), "what near-duplicates compares: each pair's prompt, or the whole pair"
      + " (prompt and both responses, in either order)");
  public static final ConfigKey<Integer> NEAR_DUPLICATES_SHINGLE = new ConfigKey<>("near_duplicates.shingle", 3,
      Parsers.intIn(1, 50), "words per shingle; a text of fewer words is one shingle of all its words");
  public static final ConfigKey<Double> NEAR_DUPLICATES_THRESHOLD = new ConfigKey<>("near_duplicates.threshold",
      0.8, Parsers.doubleIn(0.05, 1), "Jaccard similarity of two texts' shingle sets at or above which they are near"
      + " duplicates");
  public static final ConfigKey<Integer> NEAR_DUPLICATES_BANDS = new ConfigKey<>("near_duplicates.bands", 10,
      Parsers.intIn(1, 200), "LSH bands: more bands find more of the pairs just above the threshold, at more cost");
  public static final ConfigKey<Integer> NEAR_DUPLICATES_ROWS = new ConfigKey<>("near_duplicates.rows", 5,
      Parsers.intIn(1, 50), "MinHash values per LSH band: more rows make dissimilar texts meet less often");

  public static final ConfigKey<String> JURY_ID = new ConfigKey<>("jury.id", "jury", Parsers.identifier(),
      "the jury's id: its rows in 'jury' and its votes in 'strength' (clean --ensemble ID cleans by it)");
  public static final ConfigKey<List<String>> JURY_JUDGES = new ConfigKey<>("jury.judges", List.of(),
      Parsers.list(List.of()), "judge ids of ai_labels on the jury, comma-separated (default: every judge with ok"
      + " labels)");
  public static final ConfigKey<String> JURY_ENSEMBLE = new ConfigKey<>("jury.ensemble", "", Parsers.text(),
      "an ensemble whose strength votes join the jury's in 'strength' (its members' reward differences beside the"
      + " judges' log-odds); empty: the judges alone");

  public static final ConfigKey<String> JUDGE_BASE_URL = new ConfigKey<>("judge.base_url",
      "http://localhost:8000/v1", Parsers.text(), "OpenAI-compatible API root, up to and including /v1");
  public static final ConfigKey<String> JUDGE_MODEL = new ConfigKey<>("judge.model", "", Parsers.text(),
      "model name the endpoint serves (required with label.judge=http)");
  public static final ConfigKey<String> JUDGE_MODEL_DIR = new ConfigKey<>("judge.model_dir", "", Parsers.text(),
      "label.judge=djl: directory (local, HDFS, S3) of a causal LM with a djl-lm model.json (docs/jobs/label.md, 'Judge"
      + " with a local model')");
  public static final ConfigKey<String> JUDGE_ENDPOINT = new ConfigKey<>("judge.endpoint", "completions",
      Parsers.choice(OpenAiEndpoint.ids()), "completions (raw prompt, logprobs: k) or chat (one user message,"
      + " logprobs: true, top_logprobs: k)");
  public static final ConfigKey<String> JUDGE_API_KEY_ENV = new ConfigKey<>("judge.api_key_env", "OPENAI_API_KEY",
      Parsers.text(), "environment variable holding the API key (unset: no Authorization header)");
  public static final ConfigKey<String> JUDGE_API_KEY_FILE = new ConfigKey<>("judge.api_key_file", "",
      Parsers.text(), "file holding the API key (wins over judge.api_key_env); keys are never options or settings");
  public static final ConfigKey<Integer> JUDGE_CONCURRENCY = new ConfigKey<>("judge.concurrency", 16,
      Parsers.intIn(1, 4096), "requests in flight per executor");
  public static final ConfigKey<Double> JUDGE_RATE_LIMIT = new ConfigKey<>("judge.rate_limit", 0.0,
      Parsers.doubleIn(0, 1e6), "requests per second for the whole job, split evenly over the executors (0: none)");
  public static final ConfigKey<Integer> JUDGE_TIMEOUT_MS = new ConfigKey<>("judge.timeout_ms", 60_000,
      Parsers.intAtLeast(1), "per-request timeout in milliseconds");
  public static final ConfigKey<Integer> JUDGE_MAX_ATTEMPTS = new ConfigKey<>("judge.max_attempts", 5,
      Parsers.intIn(1, 100), "calls per request, retries included (429, 5xx, timeouts, connection errors)");
  public static final ConfigKey<Integer> JUDGE_BACKOFF_MS = new ConfigKey<>("judge.backoff_ms", 500,
      Parsers.intAtLeast(0), "first retry's backoff in ms; doubles per attempt, with jitter (Retry-After wins)");
  public static final ConfigKey<Integer> JUDGE_MAX_BACKOFF_MS = new ConfigKey<>("judge.max_backoff_ms", 30_000,
      Parsers.intAtLeast(0), "longest backoff in ms");
  public static final ConfigKey<Integer> JUDGE_TOP_LOGPROBS = new ConfigKey<>("judge.top_logprobs", 20,
      Parsers.intIn(1, 100), "alternatives asked for at the answer position (OpenAI and vLLM allow up to 20; the djl"
      + " judge reports them plus the label tokens)");
  public static final ConfigKey<Boolean> JUDGE_PREFLIGHT = new ConfigKey<>("judge.preflight", true, Parsers.bool(),
      "before any Spark work, one probe request checks the endpoint, API key, model and label log-probabilities; a"
      + " failure exits 2 with the cause");
  public static final ConfigKey<Boolean> JUDGE_CACHE = new ConfigKey<>("judge.cache", true, Parsers.bool(),
      "keep every paid reply in the judge_cache table and never send an identical request (endpoint, model, body)"
      + " twice, in a run or across runs");
  public static final ConfigKey<Double> JUDGE_PRICE_PROMPT_PER_1K = new ConfigKey<>("judge.price_prompt_per_1k", 0.0,
      Parsers.doubleIn(0, 1e9), "price of 1,000 prompt tokens, any currency (both prices 0: no cost column)");
  public static final ConfigKey<Double> JUDGE_PRICE_COMPLETION_PER_1K = new ConfigKey<>(
      "judge.price_completion_per_1k", 0.0, Parsers.doubleIn(0, 1e9), "price of 1,000 completion tokens");
  public static final ConfigKey<Integer> JUDGE_RATIONALE_TOKENS = new ConfigKey<>("judge.rationale_tokens", 256,
      Parsers.intIn(1, 32_768), "chain-of-thought mode: longest rationale in tokens");

  public static final ConfigKey<String> REPORT_OUTPUT = new ConfigKey<>("report.output", "", Parsers.text(),
      "HTML report file (default <lake>/report/index.html); self-contained, charts inlined");
  public static final ConfigKey<String> REPORT_ENSEMBLE = new ConfigKey<>("report.ensemble", "main",
      Parsers.identifier(), "ensemble whose strength, calibration and rewards the report shows");
  public static final ConfigKey<Boolean> PIPELINE_REPORT = new ConfigKey<>("pipeline.report", true, Parsers.bool(),
      "write the report (report.output) after the last stage and print its path");

  public static final List<ConfigKey<?>> ALL = List.of(
      LAKE, PIPELINE_STAGES,
      SYNTH_SEED, SYNTH_PAIRS, SYNTH_CANDIDATES, SYNTH_FLIP_RATE, SYNTH_AMBIGUOUS_RATE, SYNTH_SHARPNESS,
      SYNTH_TEST_FRACTION, SYNTH_OUTPUT,
      INGEST_FORMAT, INGEST_INPUT, INGEST_SOURCE, INGEST_SPLIT, INGEST_TEST_FRACTION, INGEST_SEED,
      INGEST_LABEL_SOURCE, INGEST_COLUMNS,
      INGEST_MAX_TEXT_CHARS, INGEST_PARTITIONS, INGEST_PAIRS_PER_SHARD, INGEST_MODE,
      TRAIN_INPUT, TRAIN_ENSEMBLE, TRAIN_MEMBERS, TRAIN_SCHEME, TRAIN_FOLDS, TRAIN_SEED, TRAIN_SPLITS, TRAIN_L2,
      TRAIN_LABEL_SMOOTHING, TRAIN_MAX_ITERATIONS, TRAIN_TOLERANCE, TRAIN_HASH_BITS, TRAIN_MAX_NGRAM,
      TRAIN_CROSS_KEYWORDS, TRAIN_PARTITIONS, TRAIN_STORE, TRAIN_WARM_START, TRAIN_FAMILY, TRAIN_BACKBONES, TRAIN_ENCODER_L2,
      EMBED_BATCH_SIZE,
      VOTE_ENSEMBLE, VOTE_MODE, VOTE_BATCH_SIZE, VOTE_PARTITIONS,
      CLEAN_ENSEMBLE, CLEAN_POLICY, CLEAN_VOTE_CHECK, CLEAN_MIN_VOTE_EDGE, CLEAN_LENGTH_DEBIAS, CLEAN_NEAR_DUPLICATES,
      EXPORT_FORMAT, EXPORT_STYLE, EXPORT_TIES, EXPORT_MARGINS, EXPORT_OUTPUT, EXPORT_INCLUDE_DROPPED, EXPORT_SPLIT,
      EXPORT_LENGTH_BALANCE,
      RETRAIN_ENSEMBLE, EVALUATE_ORACLE, EVALUATE_ORACLE_ENSEMBLE, EVALUATE_INJECT_FLIPS, EVALUATE_SEED,
      EVALUATE_AUDIT_LAKE, EVALUATE_BOOTSTRAP, EVALUATE_SECOND_OPINION, EVALUATE_ABLATION, LENGTH_BIAS_BY,
      LENGTH_BIAS_ENSEMBLES,
      REWARD_ENSEMBLE, REWARD_LAMBDA, REWARD_INPUT, REWARD_GOLD, REWARD_GOLD_TABLE, REWARD_BATCH_SIZE,
      LABEL_JUDGE, LABEL_ENSEMBLE, LABEL_TEMPLATE, LABEL_MODE, LABEL_SPLIT, LABEL_LIMIT, LABEL_BATCH_PAIRS,
      LABEL_PARTITIONS, LABEL_MAX_FAILURE_RATE, LABEL_DISTILL, LABEL_EVALUATE, LABEL_DRY_RUN, LABEL_BUDGET_TOKENS,
      LABEL_BUDGET_COST,
      JURY_ID, JURY_JUDGES, JURY_ENSEMBLE,
      DECONTAMINATE_BENCHMARKS, DECONTAMINATE_NGRAM,
      NEAR_DUPLICATES_OF, NEAR_DUPLICATES_SHINGLE, NEAR_DUPLICATES_THRESHOLD, NEAR_DUPLICATES_BANDS,
      NEAR_DUPLICATES_ROWS,
      JUDGE_BASE_URL, JUDGE_MODEL, JUDGE_MODEL_DIR, JUDGE_ENDPOINT, JUDGE_API_KEY_ENV, JUDGE_API_KEY_FILE, JUDGE_CONCURRENCY,
      JUDGE_RATE_LIMIT, JUDGE_TIMEOUT_MS, JUDGE_MAX_ATTEMPTS, JUDGE_BACKOFF_MS, JUDGE_MAX_BACKOFF_MS,
      JUDGE_TOP_LOGPROBS, JUDGE_RATIONALE_TOKENS, JUDGE_PREFLIGHT, JUDGE_CACHE, JUDGE_PRICE_PROMPT_PER_1K,
      JUDGE_PRICE_COMPLETION_PER_1K,
      REPORT_OUTPUT, REPORT_ENSEMBLE, PIPELINE_REPORT,
      TRAIN_OBJECTIVE, TRAIN_HIDDEN_UNITS, TRAIN_LEARNING_RATE, TRAIN_CONTRASTIVE_WEIGHT,
      TRAIN_CONTRASTIVE_TEMPERATURE, TRAIN_FEATURE_DROPOUT, TRAIN_CONTRASTIVE_BATCH, TRAIN_METARM_SAMPLES,
      TRAIN_METARM_INNER_STEP, TRAIN_METARM_MIX, SYNTH_SHIFTED_PAIRS);

  private ConfigKeys() {}

  static ConfigKey<?> byName(String name) {
    return ALL.stream().filter(key -> key.name().equals(name)).findFirst().orElse(null);
  }

  /** Sorted key names, for "valid keys" messages. */
  public static List<String> names() {
    return ALL.stream().map(ConfigKey::name).sorted().toList();
  }
}
