package io.rewardlake.jobs.train;

import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.train.SubsetScheme;
import io.rewardlake.core.train.TrainingSubsets;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.encoder.Backbones;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.spark.train.OptimizerSettings;
import java.util.List;
import java.util.Objects;

/**
 * Typed config of {@code train}.
 *
 * @param input {@code pairs} or {@code pairs_clean}
 * @param ensembleId id of the ensemble to (re)train
 * @param subsets members and their training subsets
 * @param splits splits trained on; other splits are test data
 * @param partitions partitions of the cached features; 0 = cluster parallelism
 * @param store model store root; the ensemble goes to {@code <store>/<ensembleId>/<run_id>}
 * @param representation the objective, and the hidden-layer settings when it needs them
 * @param encoder the encoder family's backbones; null for the built-in family
 * @param warmStart the ensemble whose weights the optimiser starts from (an id or a directory); empty: from zero
 */
public record TrainConfig(String lake, String input, String ensembleId, TrainingSubsets subsets, List<String> splits,
    FeaturizerSpec featurizer, OptimizerSettings optimizer, int partitions, String store,
    RepresentationConfig representation, EncoderConfig encoder, String warmStart) {

  /**
   * The encoder family's settings.
   *
   * @param backbones qualified backbone locations
   * @param embedBatchSize texts an executor task embeds per batch
   * @param subsets the members' subsets, which decide who gets which backbone
   */
  public record EncoderConfig(List<String> backbones, int embedBatchSize, TrainingSubsets subsets) {
    public EncoderConfig {
      backbones = List.copyOf(backbones);
      if (subsets.scheme() == SubsetScheme.KFOLD && subsets.repeats() < backbones.size()) {
        throw new ConfigException("the encoder family gives each backbone whole k-fold repeats, so " + backbones.size()
            + " backbones need at least " + backbones.size() + " repeats: members = repeats x folds, e.g. --members "
            + backbones.size() * subsets.folds() + " --folds " + subsets.folds());
      }
    }

    /**
     * The backbone of member m: backbones take turns by k-fold repeat (bootstrap: by member), so every pair has
     * out-of-fold members on every backbone and {@code vote --mode oof} stays exact.
     */
    public int backboneOf(int member) {
      return subsets.groupOf(member) % backbones.size();
    }
  }

  public TrainConfig {
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(ensembleId, "ensembleId");
    Objects.requireNonNull(subsets, "subsets");
    splits = List.copyOf(splits);
    Objects.requireNonNull(featurizer, "featurizer");
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(representation, "representation");
    Objects.requireNonNull(warmStart, "warmStart");
    if (!warmStart.isEmpty() && (encoder != null || representation.hiddenLayer())) {
      throw new ConfigException("train.warm_start starts the built-in linear family from earlier weights; the "
          + (encoder != null ? "encoder family" : "representation objectives (train.objective other than bt, or"
          + " train.hidden_units > 0)")
          + " always starts afresh: leave train.warm_start empty");
    }
  }

  public static TrainConfig from(Settings settings) {
    String lake = LakePaths.root(settings);
    String store = settings.get(ConfigKeys.TRAIN_STORE);
    List<String> splits = settings.get(ConfigKeys.TRAIN_SPLITS);
    if (splits.isEmpty()) {
      throw new ConfigException("train.splits is empty: name at least one split to train on, e.g. train");
    }
    return new TrainConfig(lake, settings.get(ConfigKeys.TRAIN_INPUT), settings.get(ConfigKeys.TRAIN_ENSEMBLE),
        subsets(settings), splits, featurizer(settings), optimizer(settings), settings.get(ConfigKeys.TRAIN_PARTITIONS),
        store.isBlank() ? lake + "/ensembles" : LakePaths.qualify(store), RepresentationConfig.from(settings),
        encoder(settings), settings.get(ConfigKeys.TRAIN_WARM_START).strip());
  }

  public boolean encoderFamily() {
    return encoder != null;
  }

  private static EncoderConfig encoder(Settings settings) {
    if (!"encoder".equals(settings.get(ConfigKeys.TRAIN_FAMILY))) {
      return null;
    }
    return new EncoderConfig(Backbones.locations(settings.get(ConfigKeys.TRAIN_BACKBONES)),
        settings.get(ConfigKeys.EMBED_BATCH_SIZE), subsets(settings));
  }

  /** The same settings for another input and ensemble id (the retrain and oracle stages). */
  public TrainConfig withInput(String otherInput, String otherEnsembleId) {
    return new TrainConfig(lake, otherInput, otherEnsembleId, subsets, splits, featurizer, optimizer, partitions,
        store, representation, encoder, warmStart);
  }

  /** The folder this run's ensemble is written to. */
  public String ensembleDirectory(String runId) {
    return store + "/" + ensembleId + "/" + runId;
  }

  private static TrainingSubsets subsets(Settings settings) {
    try {
      return new TrainingSubsets(SubsetScheme.of(settings.get(ConfigKeys.TRAIN_SCHEME)),
          settings.get(ConfigKeys.TRAIN_MEMBERS), settings.get(ConfigKeys.TRAIN_FOLDS),
          settings.get(ConfigKeys.TRAIN_SEED));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("train.members / train.scheme / train.folds do not fit together: " + e.getMessage()
          + ". Example: --members 10 --scheme kfold --folds 5 (2 repeats x 5 folds).");
    }
  }

  private static FeaturizerSpec featurizer(Settings settings) {
    return new FeaturizerSpec(settings.get(ConfigKeys.TRAIN_HASH_BITS), settings.get(ConfigKeys.TRAIN_MAX_NGRAM),
        settings.get(ConfigKeys.TRAIN_CROSS_KEYWORDS));
  }

  private static OptimizerSettings optimizer(Settings settings) {
    boolean encoder = "encoder".equals(settings.get(ConfigKeys.TRAIN_FAMILY));
    double l2 = settings.get(encoder ? ConfigKeys.TRAIN_ENCODER_L2 : ConfigKeys.TRAIN_L2);
    return new OptimizerSettings(l2, settings.get(ConfigKeys.TRAIN_MAX_ITERATIONS),
        settings.get(ConfigKeys.TRAIN_TOLERANCE), 10, settings.get(ConfigKeys.TRAIN_LABEL_SMOOTHING));
  }
}
